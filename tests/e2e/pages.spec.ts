import { expect, test } from "@playwright/test";
import { profileLinks } from "@/lib/content/profile-links";
import { homeShowcase } from "@/lib/content/showcase";
import { fill } from "@/lib/i18n/fill";
import { siteMessages } from "@/tests/site/messages";
import { contentPages, relative } from "@/tests/site/site-map";

const ui = siteMessages();

const { listPages } = contentPages();

test("list pages load with navigation", async ({ page }) => {
  for (const path of listPages) {
    const response = await page.goto(relative(path));
    expect(response?.status(), path).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: ui.sections.skill.label, exact: true }).first()).toBeVisible();
  }
});

test("an unknown address answers 404 with a way back", async ({ page }) => {
  const response = await page.goto(relative("/skills/no-such-skill/"));
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.notFound.title);
  await page.getByRole("link", { name: ui.sections.skill.destination, exact: true }).click();
  await expect(page).toHaveURL(/\/skills\/$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.sections.skill.label);
});

test("home shows the headline numbers (featured, or the strongest when none is), each leading to its result", async ({ page }) => {
  const { content } = contentPages();
  await page.goto(relative("/"));
  const featured = homeShowcase(content).results;
  const strip = page.getByRole("region", { name: ui.home.impact });
  if (featured.length === 0) {
    await expect(strip, "the site has no results, so home shows no numbers").toHaveCount(0);
    return;
  }
  // Two results may share a figure ("½" of one thing and of another): each is shown once per result.
  const figures = featured.map((achievement) => achievement.figure);
  for (const figure of new Set(figures)) {
    await expect(strip.getByText(figure, { exact: true }).filter({ visible: true })).toHaveCount(figures.filter((each) => each === figure).length);
  }
  await strip.getByRole("listitem").first().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(featured[0]!.metric);
});

test("a skill page shows its evidence and links to it", async ({ page }) => {
  const { content } = contentPages();
  const skill = content.skills.find((each) => each.projects.length > 0 && each.achievements.length > 0);
  test.skip(!skill, "no skill in this content has both a project and a result behind it");
  if (!skill) return;
  await page.goto(relative(`/skills/${skill.slug}/`));
  const evidence = page.getByRole("region", { name: ui.skill.evidence });
  for (const project of skill.projects) await expect(evidence.getByRole("link", { name: project.title, exact: true })).toBeVisible();
  for (const achievement of skill.achievements) await expect(evidence.getByText(achievement.figure, { exact: true }).first()).toBeVisible();
  await evidence.getByRole("link", { name: skill.projects[0]!.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(skill.projects[0]!.title);
  // And back again: the project links to the skill.
  await page.getByRole("region", { name: ui.projects.skillsUsed }).getByRole("link", { name: skill.title, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(skill.title);
});

test("following links from page to page loads without failed requests", async ({ page }) => {
  const { content } = contentPages();
  const failures: string[] = [];
  page.on("response", (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  page.on("pageerror", (error) => failures.push(error.message));
  await page.goto(relative("/"));
  await page.getByRole("navigation", { name: ui.frame.mainNavigation }).getByRole("link", { name: ui.sections.skill.label }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(ui.sections.skill.label);
  await page.getByRole("main").getByRole("link", { name: content.skills[0]!.title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(content.skills[0]!.title);
  expect(failures).toEqual([]);
});

test("home offers the projects only when there are some", async ({ page }) => {
  const { content } = contentPages();
  await page.goto(relative("/"));
  const projects = page.getByRole("main").getByRole("link", { name: ui.home.projects, exact: true });
  await expect(projects).toHaveCount(content.projects.length > 0 ? 1 : 0);
});

test("home shows every contact detail together, location included", async ({ page }) => {
  const { profile } = contentPages().content;
  await page.goto(relative("/"));
  const contact = page.getByRole("region", { name: ui.frame.getInTouch });
  const details = [profile.location, profile.email, ...profileLinks(profile).map((link) => link.label)].filter((detail) => detail !== undefined);
  if (details.length === 0) {
    await expect(contact, "the profile gives no contact details").toHaveCount(0);
    return;
  }
  for (const detail of details) await expect(contact.getByText(detail, { exact: true })).toBeVisible();
});

test("the experience page lists all work, study and certificates, linked both ways with skills", async ({ page }) => {
  const { experience, education, certifications, honours, skills } = contentPages().content;
  const response = await page.goto(relative("/experience/"));
  expect(response?.status()).toBe(200);
  for (const entry of experience) await expect(page.locator(`#experience-${entry.slug}`).getByRole("heading", { name: entry.organization })).toBeVisible();
  for (const entry of education) await expect(page.locator(`#education-${entry.slug}`).getByRole("heading", { name: entry.institution })).toBeVisible();
  for (const entry of certifications) await expect(page.locator(`#certification-${entry.slug}`).getByRole("heading", { name: entry.title })).toBeVisible();
  for (const entry of honours) await expect(page.locator(`#honour-${entry.slug}`).getByRole("heading", { name: entry.title })).toBeVisible();

  const skill = skills.find((each) => each.experience.length > 0);
  test.skip(!skill, "no skill names a place of work");
  if (!skill) return;
  const work = skill.experience[0]!;
  await page.goto(relative(`/skills/${skill.slug}/`));
  await page
    .getByRole("list", { name: fill(ui.skill.whereUsedLabel, { skill: skill.title }) })
    .getByRole("link", { name: work.organization })
    .click();
  await expect(page).toHaveURL(new RegExp(`/experience/#experience-${work.slug}$`));
  await expect(page.locator(`#experience-${work.slug}`)).toBeInViewport();
});
