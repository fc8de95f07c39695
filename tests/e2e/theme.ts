/** The theme in the browser: chosen as a visitor would, or shown directly for checks of how a page looks in it. */
import { expect, type Page } from "@playwright/test";
import { messagePattern, siteMessages } from "@/tests/site/messages";

type Theme = "system" | "light" | "dark";

const { frame } = siteMessages();

export const themeToggle = (page: Page) => page.getByRole("button", { name: messagePattern(frame.themeLabel) });

/** The toggle's name while it shows `theme`. */
export const themeNamed = (theme: Theme) => messagePattern(frame.themeLabel, { theme: frame.themes[theme] });

/** Clicks the toggle until it shows `theme`, from whatever the owner's default is. */
export async function chooseTheme(page: Page, theme: Theme): Promise<void> {
  for (let clicks = 0; clicks < 3 && !themeNamed(theme).test((await themeToggle(page).getAttribute("aria-label")) ?? ""); clicks++) {
    await themeToggle(page).click();
  }
  await expect(themeToggle(page)).toHaveAccessibleName(themeNamed(theme));
}

/** Shows `theme` by the class the toggle sets, whatever the owner's default, so a site that opens light or dark is still seen in both. */
export async function showTheme(page: Page, theme: "light" | "dark"): Promise<void> {
  await page.emulateMedia({ colorScheme: theme, reducedMotion: "reduce" });
  await page.evaluate((shown) => {
    document.documentElement.classList.remove("light", "dark");
    document.documentElement.classList.add(shown);
  }, theme);
}
