/**
 * "A résumé for this posting": /match/ opens /resume/ with the pasted posting
 * in the URL fragment; the résumé puts what the posting names first, says so,
 * and can go back. The posting never travels in a request.
 */
import { expect, type Locator, type Page, test } from "@playwright/test";
import { matchPosting } from "@/lib/search/match-posting";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { messagePattern, siteMessages } from "@/tests/site/messages";
import { contentPages, literal, relative } from "@/tests/site/site-map";
import { cspViolations, watchCsp } from "./csp";
import { axeProblems } from "./page-checks";

const ui = siteMessages();

const { content } = contentPages();

// Written from the content's own skills, the last ones, so the ordered résumé differs from the usual one where it can.
const named = content.skills.slice(-2).reverse();
const MARKER = "Quokkafjord";
const posting = `${MARKER} is hiring. You know ${named.map((skill) => skill.title).join(" and ")}.`;
const { matched, learning } = matchPosting(posting, buildSkillIndex(content.skills));
const ranked = new Set([...matched, ...learning].map(({ entry }) => entry.slug));
const behindPosting = (skills: readonly { slug: string }[]) => skills.some((skill) => ranked.has(skill.slug));

const section = (page: Page, title: string) => page.locator("main section").filter({ has: page.getByRole("heading", { name: title, exact: true }) });

/** Whether each item of a list says it was matched, in the order shown. */
const matchedFlags = (items: Locator) => items.evaluateAll((elements) => elements.map((element) => element.hasAttribute("data-matched")));

async function openOrdered(page: Page) {
  await page.goto(relative("/match/"));
  await page.getByRole("textbox", { name: ui.match.posting }).fill(posting);
  await page.getByRole("link", { name: ui.match.openResume }).click();
  await expect(
    page.getByRole("status").filter({
      hasText: new RegExp(
        `${messagePattern(ui.resume.ordered, {}, { whole: false }).source}|${messagePattern(ui.resume.orderedNoneNamed, {}, { whole: false }).source}`,
      ),
    }),
  ).toBeVisible();
}

test("the résumé opens ordered for the posting, matched first, and the posting is never sent", async ({ page }) => {
  expect(ranked.size, "the posting names skills of this site").toBeGreaterThan(0);
  await watchCsp(page);
  const requests: string[] = [];
  page.on("request", (request) => requests.push(`${request.method()} ${request.url()} ${request.postData() ?? ""}`));
  await openOrdered(page);
  expect(new URL(page.url()).search).toBe("");
  expect(new URL(page.url()).hash).toContain("posting=");

  // Skills: the category of the first skill the posting names comes first, that skill first in it.
  const first = content.skills.find((skill) => skill.slug === [...ranked][0])!;
  const rows = section(page, ui.resume.sections.skills).locator("dl > div");
  await expect(rows.first().locator("dt")).toHaveText(first.category.title);
  await expect(rows.first().locator("dd li").first()).toContainText(first.title);
  await expect(rows.first().locator("dd li").first()).toHaveAttribute("data-matched");

  // Projects and results with a named skill behind them come first, every one of them.
  const lists = [
    {
      title: ui.resume.sections.projects,
      expected: content.projects.filter((project) => behindPosting(project.skills)).length,
      total: content.projects.length,
    },
    {
      title: ui.resume.sections.results,
      expected: content.achievements.filter((achievement) =>
        behindPosting([...achievement.skills, ...achievement.projects.flatMap((project) => project.skills)]),
      ).length,
      total: content.achievements.length,
    },
  ];
  for (const { title, expected, total } of lists) {
    if (total === 0) continue;
    const flags = await matchedFlags(section(page, title).locator(":scope > ul > li"));
    expect(flags, title).toEqual([...Array<boolean>(expected).fill(true), ...Array<boolean>(total - expected).fill(false)]);
  }

  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    expect(await axeProblems(page, scheme)).toEqual([]);
  }

  const leaks = requests.filter((request) => literal(MARKER, "i").test(decodeURIComponent(request)) || !/^(GET|HEAD) /.test(request));
  expect(leaks).toEqual([]);
  expect(await cspViolations(page)).toEqual([]);
});

test("the usual order comes back with one click", async ({ page }) => {
  await openOrdered(page);
  await page.getByRole("button", { name: ui.resume.usualOrder }).click();
  await expect(page.getByRole("status").filter({ hasText: ui.resume.usualOrder })).toHaveCount(0);
  expect(new URL(page.url()).hash).toBe("");
  const usualFirst = content.categories.find((category) => category.skills.length > 0)!;
  await expect(section(page, ui.resume.sections.skills).locator("dl > div").first().locator("dt")).toHaveText(usualFirst.title);
  await expect(section(page, ui.resume.sections.skills).locator("[data-matched]")).toHaveCount(0);
});

test("without JavaScript the résumé keeps its usual order", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(relative(`/resume/#posting=${encodeURIComponent(posting)}`));
  const usualFirst = content.categories.find((category) => category.skills.length > 0)!;
  await expect(section(page, ui.resume.sections.skills).locator("dl > div").first().locator("dt")).toHaveText(usualFirst.title);
  await expect(page.getByRole("button", { name: ui.resume.usualOrder })).toHaveCount(0);
  await context.close();
});
