/** The recruiter's tools: filter the skills, match a posting, print the résumé. The theme is in site-frame.once.spec.ts. */
import { expect, test } from "@playwright/test";
import { fill, plural } from "@/lib/i18n/fill";
import { buildResume } from "@/lib/resume/model";
import { matchPosting } from "@/lib/search/match-posting";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { TECH_VOCABULARY } from "@/lib/search/tech-vocabulary";
import { messagePattern, siteLanguageTag, siteMessages } from "@/tests/site/messages";
import { resumePageBudget } from "@/tests/site/resume-facts";
import { contentPages, literal, relative, served } from "@/tests/site/site-map";

const ui = siteMessages();

const { content } = contentPages();
/** The skill cards the visitor sees: the filter hides the others. */
const cards = (page: import("@playwright/test").Page) => page.locator("main article").filter({ has: page.locator("h3"), visible: true });

test.describe("skills filter", () => {
  test("without JavaScript every skill is listed", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(relative("/skills/?q=postgres"));
    await expect(cards(page)).toHaveCount(content.skills.length);
    await context.close();
  });

  test("an alias finds the skill, and the filter lands in the URL", async ({ page }) => {
    const skill = content.skills.find((each) => each.aliases.length > 0) ?? content.skills[0]!;
    const search = skill.aliases[0] ?? skill.title;
    const total = plural(ui.counts.skills, content.skills.length, siteLanguageTag());
    await page.goto(relative("/skills/"));
    await expect(page.getByRole("status").filter({ hasText: total })).toHaveText(total);
    await page.getByRole("searchbox", { name: ui.filter.search }).fill(search);
    await expect(cards(page).filter({ has: page.getByRole("heading", { name: skill.title, exact: true }) })).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`[?&]q=${literal(new URLSearchParams({ q: search }).toString().slice(2)).source}`));
    await expect(page.getByRole("status").filter({ hasText: messagePattern(ui.filter.showing) })).toHaveText(messagePattern(ui.filter.showing, { total }));
  });

  test("a shared filtered URL opens filtered", async ({ page }) => {
    const category = content.categories.find((each) => each.skills.length > 0 && each.skills.length < content.skills.length);
    test.skip(!category, "every skill is in one category, so a category filter narrows nothing");
    if (!category) return;
    await page.goto(relative(`/skills/?category=${category.slug}`));
    await expect(cards(page)).toHaveCount(category.skills.length);
    await expect(page.getByRole("combobox", { name: ui.filter.category })).toHaveValue(category.slug);
  });

  test("level and tag narrow the list, and clearing brings everything back", async ({ page }) => {
    // Learning when the site has it: the level most worth telling apart.
    const level = (content.skills.find((skill) => skill.proficiency === "learning") ?? content.skills.at(-1)!).proficiency;
    await page.goto(relative("/skills/"));
    await page.getByRole("combobox", { name: ui.filter.level }).selectOption(level);
    await expect(cards(page)).toHaveCount(content.skills.filter((skill) => skill.proficiency === level).length);
    const tag = content.tags[0];
    if (tag) {
      await page.getByRole("combobox", { name: ui.filter.level }).selectOption("");
      await page.getByRole("combobox", { name: ui.filter.tag }).selectOption(tag.slug);
      await expect(cards(page)).toHaveCount(tag.skills.length);
      await expect(page).toHaveURL(new RegExp(`tag=${literal(encodeURIComponent(tag.slug)).source}`));
    }
    await page.getByRole("button", { name: ui.filter.clear }).click();
    await expect(cards(page)).toHaveCount(content.skills.length);
    await expect(page).toHaveURL(/\/skills\/$/);
  });
});

test.describe("job-posting match", () => {
  test("links what is covered, shows learning apart, lists what is missing, and sends nothing", async ({ page }) => {
    const index = buildSkillIndex(content.skills);
    // Two well-known technologies this site does not cover, whoever owns it.
    const absent = TECH_VOCABULARY.map((term) => term.name)
      .filter((name) => /^[A-Z][a-z]{4,}$/.test(name) && matchPosting(`We use ${name}.`, index).missing.includes(name))
      .slice(0, 2);
    expect(absent).toHaveLength(2);
    const leaks: string[] = [];
    await page.goto(relative("/match/"));
    const origin = new URL(page.url()).origin;
    page.on("request", (request) => {
      const url = request.url();
      // Next prefetches pages it links to; anything else, or anything carrying the posting, is a leak.
      if (
        !["GET", "HEAD"].includes(request.method()) ||
        new URL(url).origin !== origin ||
        absent.some((name) => literal(name, "i").test(url + (request.postData() ?? "")))
      ) {
        leaks.push(`${request.method()} ${url}`);
      }
    });
    const practised = content.skills.find((skill) => skill.proficiency !== "learning");
    const learning = content.skills.find((skill) => skill.proficiency === "learning");
    const named = [practised, learning].flatMap((skill) => (skill ? [skill.title] : []));
    await page.getByRole("textbox", { name: ui.match.posting }).fill(`We need ${named.join(" and ")}, plus ${absent.join(" and ")}.`);
    if (practised) {
      const has = page.getByRole("region", { name: messagePattern(ui.match.has) });
      await expect(has.getByRole("link", { name: literal(practised.title) })).toHaveAttribute("href", served(`/skills/${practised.slug}/`));
    }
    if (learning) {
      await expect(page.getByRole("region", { name: messagePattern(ui.match.learning) }).getByRole("link", { name: literal(learning.title) })).toBeVisible();
    }
    for (const name of absent) await expect(page.getByRole("region", { name: messagePattern(ui.match.missing) })).toContainText(name);
    expect(leaks).toEqual([]);
  });

  test("the example posting is written from this site's own skills", async ({ page }) => {
    await page.goto(relative("/match/"));
    await page.getByRole("button", { name: ui.match.tryExample }).click();
    const practised = content.skills.filter((skill) => skill.proficiency !== "learning");
    const has = page.getByRole("region", { name: messagePattern(ui.match.has) });
    await expect(has).toHaveAccessibleName(fill(ui.match.has, { count: Math.min(practised.length, 6) }));
    await expect(page.getByRole("region", { name: messagePattern(ui.match.missing) })).toHaveAccessibleName(fill(ui.match.missing, { count: 2 }));
  });
});

test.describe("résumé", () => {
  const pageBudget = resumePageBudget(buildResume(content), content.skills.length);
  test(`prints on ${pageBudget === 1 ? "one page" : "at most two pages"} of A4 and of Letter`, async ({ page }) => {
    await page.goto(relative("/resume/"));
    for (const format of ["A4", "Letter"]) {
      const pdf = await page.pdf({ format });
      const pages = pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? [];
      expect(pages.length, format).toBeLessThanOrEqual(pageBudget);
    }
  });

  test("is also served as JSON Resume", async ({ request, baseURL }) => {
    const response = await request.get(new URL("resume.json", baseURL).href);
    expect(response.headers()["content-type"]).toContain("application/json");
    const resume = await response.json();
    expect(resume.basics.label).toBe(content.profile.headline);
    expect(resume.skills).toHaveLength(content.skills.length);
  });
});
