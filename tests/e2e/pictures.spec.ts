/**
 * Pictures, against whatever content the export was built from: the skills
 * radar (a link for every skill, reachable by keyboard with a visible ring),
 * content images (sized, responsive, loaded, nothing shifts) and highlighted
 * code that follows the theme.
 */
import { expect, type Page, test } from "@playwright/test";
import { fromHtml } from "hast-util-from-html";
import { selectAll } from "hast-util-select";
import { radarFits } from "@/lib/radar/geometry";
import { routes } from "@/lib/routes";
import { siteMessages } from "@/tests/site/messages";
import { contentPages, relative, served } from "@/tests/site/site-map";
import { layoutShift, watchLayoutShift } from "./layout-shift";
import { showTheme } from "./theme";

const ui = siteMessages();

const { content, records } = contentPages();

/** Pages that show a content image: a record's own, one in a body, the photo on home, the cards on /projects/. */
const pagesWithImages = [
  ...(content.profile.image || content.profile.html.includes("<img") ? [routes.home] : []),
  ...(content.projects.some((project) => project.image) ? [routes.projects] : []),
  ...[...content.skills, ...content.projects, ...content.achievements]
    .filter((record) => ("image" in record && record.image) || record.html.includes("<img"))
    .map((record) => records.find((each) => each.source === record.source)!.path),
];
/** Pages with a highlighted block: a code fence that names its language (a plain fence stays plain) and holds tokens of more than one kind. */
const tokenKinds = (html: string) =>
  new Set(selectAll("pre.hl[data-language] span[class^='hl-']", fromHtml(html, { fragment: true })).map((token) => String(token.properties.className)));
const pagesWithCode = [...content.skills, ...content.projects, ...content.achievements]
  .filter((record) => tokenKinds(record.html).size > 1)
  .map((record) => records.find((each) => each.source === record.source)!.path);

async function radarLinks(page: Page, radar: string): Promise<string[]> {
  return page.locator(`#${radar} svg a`).evaluateAll((links) => links.map((link) => link.getAttribute("href")!));
}

test.describe("skills radar", () => {
  test.skip(!radarFits(content.skills.length), "the content has more skills than a radar can show");

  test("the radar on /skills/ and on home links every skill, once", async ({ page }) => {
    const expected = content.skills.map((skill) => served(routes.skill(skill.slug))).sort();
    await page.goto(relative(routes.skills));
    expect((await radarLinks(page, "skills-radar")).sort()).toEqual(expected);
    await page.goto(relative(routes.home));
    expect((await radarLinks(page, "home-radar")).sort()).toEqual(expected);
  });

  test("every radar point has a name with its level, and the list of skills stays on the page", async ({ page }) => {
    await page.goto(relative(routes.skills));
    for (const skill of content.skills) {
      const point = page.locator(`#skills-radar svg a[href="${served(routes.skill(skill.slug))}"]`);
      await expect(point).toHaveAttribute("aria-label", new RegExp(`, ${ui.levels[skill.proficiency].label.toLowerCase()}(,|$)`));
      expect((await point.getAttribute("aria-label"))!.startsWith(`${skill.title}, `)).toBe(true);
    }
    await expect(page.locator("#skill-list").getByRole("heading", { level: 3 })).toHaveCount(content.skills.length);
  });

  test("keyboard focus reaches the radar's points and shows a ring and the name", async ({ page }) => {
    await page.goto(relative(routes.skills));
    await page.locator("h1").click();
    let onPoint = false;
    for (let presses = 0; presses < 60 && !onPoint; presses++) {
      await page.keyboard.press("Tab");
      onPoint = await page.evaluate(() => document.activeElement?.closest("#skills-radar svg") !== null && document.activeElement?.tagName === "a");
    }
    expect(onPoint, "Tab reaches a radar point").toBe(true);
    const focused = page.locator("#skills-radar svg a:focus");
    const [, ring, dot] = await focused.locator("circle").all();
    expect(await ring!.evaluate((circle) => getComputedStyle(circle).opacity)).toBe("1");
    expect(Number(await ring!.evaluate((circle) => getComputedStyle(circle).strokeWidth.replace("px", "")))).toBeGreaterThanOrEqual(2);
    expect(await ring!.evaluate((circle) => getComputedStyle(circle).stroke)).not.toBe(await dot!.evaluate((circle) => getComputedStyle(circle).fill));
    const caption = focused.locator("text").last();
    expect(await caption.evaluate((text) => getComputedStyle(text).opacity)).toBe("1");
    // The caption starts with the skill's name, cut short with "…" when the name is longer than the picture is wide.
    const name = (await focused.getAttribute("aria-label"))!.split(", ")[0]!;
    const shown = (await caption.textContent())!;
    expect(shown.startsWith(name) || (shown.endsWith("…") && name.startsWith(shown.slice(0, -1).trimEnd())), `${shown} names ${name}`).toBe(true);
  });

  test("the radar fits the screen without scrolling sideways", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(relative(routes.skills));
    const box = (await page.locator("#skills-radar svg").boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });

  test("/skills/ shares the radar as its preview image", async ({ page, request }) => {
    await page.goto(relative(routes.skills));
    const image = (await page.locator('meta[property="og:image"]').getAttribute("content"))!;
    expect(image).toMatch(/\/og\/skills\.png$/);
    const response = await request.get(relative("/og/skills.png"));
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("image/png");
  });
});

test.describe("content images", () => {
  test.skip(pagesWithImages.length === 0, "this content has no images");

  for (const route of pagesWithImages) {
    test(`${route}: every image is sized, described, responsive and loads, and nothing shifts`, async ({ page }) => {
      const failed: string[] = [];
      page.on("response", (response) => {
        if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
      });
      await watchLayoutShift(page);
      await page.goto(relative(route));
      const images = page.locator("main img");
      expect(await images.count()).toBeGreaterThan(0);
      for (const image of await images.all()) {
        await image.scrollIntoViewIfNeeded();
        await expect(image).toHaveAttribute("alt", /\S/);
        await expect(image).toHaveAttribute("width", /^\d+$/);
        await expect(image).toHaveAttribute("height", /^\d+$/);
        const src = (await image.getAttribute("src"))!;
        expect(src.startsWith(served("/images/"))).toBe(true);
        if (!src.endsWith(".svg")) {
          await expect(image).toHaveAttribute("srcset", /\.webp \d+w/);
          await expect(image).toHaveAttribute("sizes", /\S/);
          await expect(image.locator("xpath=..")).toHaveJSProperty("tagName", "PICTURE");
          await expect(image.locator("xpath=../source[@type='image/avif']")).toHaveAttribute("srcset", /\.avif \d+w/);
        }
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      }
      expect(failed).toEqual([]);
      expect(await layoutShift(page)).toBeLessThan(0.001);
    });
  }

  test("an image below the fold waits until it is needed", async ({ page }) => {
    const bodyImagePage = records.find((record) => {
      const source = [...content.skills, ...content.projects, ...content.achievements].find((each) => each.source === record.source)!;
      return source.html.includes("<img");
    });
    test.skip(!bodyImagePage, "no markdown body with an image");
    await page.goto(relative(bodyImagePage!.path));
    await expect(page.locator(".prose img").first()).toHaveAttribute("loading", "lazy");
  });
});

test.describe("highlighted code", () => {
  test.skip(pagesWithCode.length === 0, "this content has no code blocks");

  for (const colorScheme of ["light", "dark"] as const) {
    test(`code follows the ${colorScheme} theme with classes, no inline styles`, async ({ browser }) => {
      const page = await browser.newPage({ colorScheme });
      await page.goto(relative(pagesWithCode[0]!));
      await showTheme(page, colorScheme);
      const block = page.locator("pre.hl[data-language]").first();
      await expect(block).toBeVisible();
      expect(await page.locator(".prose [style]").count()).toBe(0);
      const colours = await block.evaluate((pre) => {
        // Computed colours may be lab() or oklch(); a canvas turns any of them into RGB.
        const context = document.createElement("canvas").getContext("2d", { willReadFrequently: true })!;
        const rgb = (colour: string) => {
          context.fillStyle = colour;
          context.fillRect(0, 0, 1, 1);
          return [...context.getImageData(0, 0, 1, 1).data.slice(0, 3)];
        };
        const tokens = [...pre.querySelectorAll("span[class^='hl-']")].map((token) => getComputedStyle(token).color);
        return { background: rgb(getComputedStyle(pre).backgroundColor), tokens: [...new Set(tokens)] };
      });
      // Light blocks have a light background, dark ones a dark background; tokens take more than one colour.
      const [r, g, b] = colours.background;
      const luminance = (0.2126 * r! + 0.7152 * g! + 0.0722 * b!) / 255;
      expect(colorScheme === "light" ? luminance > 0.8 : luminance < 0.2, `background ${colours.background}`).toBe(true);
      expect(colours.tokens.length).toBeGreaterThan(1);
      await page.close();
    });
  }
});
