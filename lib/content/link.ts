/**
 * Turns checked drafts into the linked record graph: every reference is
 * resolved to the record itself, and every link is made in both directions.
 */

import type { ImageAsset } from "@/lib/images/asset";
import type { Draft } from "./drafts";
import { contentImage } from "./images";
import { type CareerDrafts, linkCareer } from "./link-career";
import { linkDated } from "./link-dated";
import { renderBody } from "./markdown";
import { proficiencyRank } from "./proficiency";
import type { Achievement, Category, Content, Profile, Project, Skill, Tag } from "./records";
import type {
  AchievementFrontMatter,
  ArticleFrontMatter,
  ProfileFrontMatter,
  ProjectFrontMatter,
  PublicationFrontMatter,
  SkillFrontMatter,
  TalkFrontMatter,
} from "./schema";
import { slugify } from "./slug";

export interface CheckedDrafts extends CareerDrafts {
  profile: Draft<ProfileFrontMatter>;
  skills: Draft<SkillFrontMatter>[];
  projects: Draft<ProjectFrontMatter>[];
  achievements: Draft<AchievementFrontMatter>[];
  articles: Draft<ArticleFrontMatter>[];
  publications: Draft<PublicationFrontMatter>[];
  talks: Draft<TalkFrontMatter>[];
}

/** Collects every image the records show, once each, for the build to encode. */
class ImageSet {
  private readonly byFile = new Map<string, ImageAsset>();

  add(...assets: (ImageAsset | undefined)[]): void {
    for (const asset of assets) if (asset) this.byFile.set(asset.absolute, asset);
  }

  get all(): ImageAsset[] {
    return [...this.byFile.values()].sort((a, b) => a.file.localeCompare(b.file));
  }
}

/** A record's body as HTML; `outlineLevel` is the level of the page heading it is shown under (a section's h2 unless said). */
function body(draft: Draft<unknown>, images: ImageSet, outlineLevel?: number): string {
  const { html, images: shown } = renderBody(draft.source.body, draft.source.file.path, outlineLevel);
  images.add(...shown);
  return html;
}

function image(draft: Draft<{ image?: { src: string; alt: string } }>, images: ImageSet) {
  const picture = contentImage(draft.data.image, draft.source.file.path);
  images.add(picture?.asset);
  return picture;
}

function pageFields(draft: Draft<{ title: string; formerSlugs: string[] }>, images: ImageSet, outlineLevel?: number) {
  return {
    slug: draft.slug,
    title: draft.data.title,
    formerSlugs: draft.data.formerSlugs,
    html: body(draft, images, outlineLevel),
    source: draft.source.file.path,
  };
}

function byFeaturedThenTitle(a: { featured: boolean; title: string }, b: { featured: boolean; title: string }): number {
  return Number(b.featured) - Number(a.featured) || a.title.localeCompare(b.title);
}

/** Strongest first within a category: featured, then level, then years, then name. */
function bySkillStrength(a: Skill, b: Skill): number {
  return (
    Number(b.featured) - Number(a.featured) ||
    proficiencyRank(a.proficiency) - proficiencyRank(b.proficiency) ||
    (b.years?.value ?? 0) - (a.years?.value ?? 0) ||
    a.title.localeCompare(b.title)
  );
}

function lookup<T extends { slug: string }>(records: readonly T[]): (slug: string) => T {
  const bySlug = new Map(records.map((record) => [record.slug, record]));
  return (slug) => bySlug.get(slug)!;
}

function pushUnique<T>(list: T[], item: T): void {
  if (!list.includes(item)) list.push(item);
}

function linkProfile(draft: Draft<ProfileFrontMatter>, images: ImageSet): Profile {
  const { categories: _categories, image: _image, ...fields } = draft.data;
  return { ...fields, image: image(draft, images), html: body(draft, images) };
}

function collectTags(skills: readonly Skill[], drafts: readonly Draft<SkillFrontMatter>[]): Tag[] {
  const tags = new Map<string, Tag>();
  drafts.forEach((draft, index) => {
    const skill = skills[index]!;
    for (const label of draft.data.tags) {
      const slug = slugify(label);
      if (!slug) continue;
      const tag = tags.get(slug) ?? { slug, label, skills: [] };
      tags.set(slug, tag);
      pushUnique(tag.skills, skill);
      pushUnique(skill.tags, tag);
    }
  });
  return [...tags.values()].sort((a, b) => a.label.localeCompare(b.label));
}

function linkSkills(drafts: readonly Draft<SkillFrontMatter>[], category: (slug: string) => Category, images: ImageSet): Skill[] {
  return drafts.map((draft) => ({
    kind: "skill",
    ...pageFields(draft, images),
    category: category(draft.data.category),
    proficiency: draft.data.proficiency,
    years: draft.data.years,
    featured: draft.data.featured,
    summary: draft.data.summary,
    aliases: draft.data.aliases,
    tags: [],
    related: [],
    projects: [],
    achievements: [],
    experience: [],
    education: [],
    certifications: [],
    honours: [],
    articles: [],
    publications: [],
    talks: [],
  }));
}

function linkProjects(drafts: readonly Draft<ProjectFrontMatter>[], skill: (slug: string) => Skill, images: ImageSet): Project[] {
  return drafts.map((draft) => ({
    kind: "project",
    ...pageFields(draft, images),
    context: draft.data.context,
    organization: draft.data.organization,
    summary: draft.data.summary,
    start: draft.data.start,
    end: draft.data.end,
    outcomes: draft.data.outcomes,
    featured: draft.data.featured,
    url: draft.data.url,
    repository: draft.data.repository,
    image: image(draft, images),
    skills: draft.data.skills.map(skill),
    achievements: [],
    experience: [],
  }));
}

function linkAchievements(
  drafts: readonly Draft<AchievementFrontMatter>[],
  lookups: { skill: (slug: string) => Skill; project: (slug: string) => Project },
  images: ImageSet,
): Achievement[] {
  return drafts.map((draft) => ({
    kind: "achievement",
    // A result's page shows its body right under the h1 (app/achievements/[slug]/page.tsx).
    ...pageFields(draft, images, 1),
    figure: draft.data.figure,
    metric: draft.data.metric,
    summary: draft.data.summary,
    featured: draft.data.featured,
    image: image(draft, images),
    projects: draft.data.projects.map(lookups.project),
    skills: draft.data.skills.map(lookups.skill),
  }));
}

/** Every link the drafts make in one direction, made in the other too: related skills, the projects and results behind a skill. */
function linkBothWays(drafts: readonly Draft<SkillFrontMatter>[], { skills, projects, achievements }: Pick<Content, "skills" | "projects" | "achievements">) {
  const skill = lookup(skills);
  drafts.forEach((draft, index) => {
    const from = skills[index]!;
    for (const to of draft.data.related.map(skill)) {
      if (to === from) continue;
      pushUnique(from.related, to);
      pushUnique(to.related, from);
    }
  });
  for (const each of projects) {
    for (const used of each.skills) pushUnique(used.projects, each);
  }
  for (const each of achievements) {
    for (const behind of each.projects) pushUnique(behind.achievements, each);
    for (const behind of each.skills) pushUnique(behind.achievements, each);
  }
}

/** Skills strongest first within their category, categories in the profile's order; projects and results featured first. */
function sortRecords({ categories, skills, projects, achievements }: Pick<Content, "categories" | "skills" | "projects" | "achievements">) {
  skills.sort(bySkillStrength);
  for (const each of skills) each.category.skills.push(each);
  const categoryOrder = new Map(categories.map((each, index) => [each, index]));
  skills.sort((a, b) => categoryOrder.get(a.category)! - categoryOrder.get(b.category)!);
  for (const each of skills) each.related.sort(bySkillStrength);
  projects.sort(byFeaturedThenTitle);
  achievements.sort(byFeaturedThenTitle);
}

export function linkContent(drafts: CheckedDrafts): Content {
  const images = new ImageSet();
  const categories: Category[] = drafts.profile.data.categories.map((category) => ({ ...category, skills: [] }));
  const skills = linkSkills(drafts.skills, lookup(categories), images);
  const tags = collectTags(skills, drafts.skills);
  const skill = lookup(skills);
  const projects = linkProjects(drafts.projects, skill, images);
  const project = lookup(projects);
  const achievements = linkAchievements(drafts.achievements, { skill, project }, images);
  linkBothWays(drafts.skills, { skills, projects, achievements });
  sortRecords({ categories, skills, projects, achievements });
  const career = linkCareer(drafts, { skill, project, html: (draft) => body(draft, images) });
  // An article's, publication's or talk's page shows its body right under the h1 (app/writing/, app/publications/, app/talks/).
  const dated = { skill, page: (draft: Draft<{ title: string; formerSlugs: string[] }>) => pageFields(draft, images, 1) };
  const articles = linkDated("article", drafts.articles, dated, (each) => each.articles);
  const publications = linkDated("publication", drafts.publications, dated, (each) => each.publications);
  const talks = linkDated("talk", drafts.talks, dated, (each) => each.talks);
  const profile = linkProfile(drafts.profile, images);
  return { profile, categories, skills, projects, achievements, articles, publications, talks, ...career, tags, images: images.all };
}
