/**
 * The preview images the site has, each named by its file under /og/: home,
 * the skills page, and one per skill, project, result, article, publication and talk. What each card says
 * is chosen here; how it is drawn, in share-image.tsx.
 */
import type { Achievement, Article, Category, Content, Profile, Project, Publication, Skill, Talk } from "@/lib/content";
import { homeShowcase } from "@/lib/content/showcase";
import { dateLabel, yearsLabel } from "@/lib/format";
import { counted, fill, messages } from "@/lib/i18n";
import { shareColors } from "@/lib/look/site-colors";
import { authorsLine } from "@/lib/publication";
import { radarFits } from "@/lib/radar/geometry";
import { radarPicture } from "@/lib/radar/picture";
import { SKILLS_SHARE_IMAGE, shareImageName } from "@/lib/routes";
import type { ShareCard } from "./share-image";
import { skillsRadarGeometry } from "./skills-radar";

export function homeCard(profile: Profile, featuredSkills: readonly Skill[]): ShareCard {
  return {
    kind: profile.name ? profile.headline : messages().share.portfolio,
    title: profile.name ?? profile.headline,
    figure: profile.experience ? fill(messages().share.experience, { years: yearsLabel(profile.experience) }) : undefined,
    figureCaption: profile.summary,
    byline: featuredSkills.map((skill) => skill.title).join(" · "),
    image: profile.image && { ...profile.image, shape: "portrait" },
  };
}

/** The skills page: the radar beside the count. */
export function skillsCard(profile: Profile, categories: readonly Category[], skills: readonly Skill[]): ShareCard {
  const palette = { ...shareColors().radar, learning: "#fbbf24" };
  const t = messages();
  return {
    kind: t.sections.skill.label,
    title: profile.name ?? profile.headline,
    figure: counted(t.counts.skills, skills.length),
    figureCaption: fill(t.share.skillsCaption, { categories: counted(t.counts.categories, categories.length) }),
    byline: profile.name ? profile.headline : "",
    drawing: radarFits(skills.length) ? radarPicture(skillsRadarGeometry(categories, skills, false), palette) : undefined,
  };
}

export function recordCard(record: Skill | Project | Achievement | Article | Publication | Talk, profile: Profile): ShareCard {
  const byline = profile.name ? `${profile.name} · ${profile.headline}` : profile.headline;
  const { share, levels } = messages();
  switch (record.kind) {
    case "skill":
      return {
        kind: record.category.title,
        title: record.title,
        figure: [levels[record.proficiency].label, record.years && yearsLabel(record.years)].filter(Boolean).join(" · "),
        figureCaption: record.summary,
        byline,
      };
    case "project": {
      const [result] = record.achievements;
      return {
        kind: share.project,
        title: record.title,
        figure: result?.figure,
        figureCaption: result ? result.metric : record.summary,
        byline,
        image: record.image && { ...record.image, shape: "landscape" },
      };
    }
    case "achievement":
      return { kind: share.result, title: record.metric, figure: record.figure, figureCaption: record.summary, figureFirst: true, byline };
    case "publication":
      return {
        kind: share.publication,
        title: record.title,
        figure: [record.venue, record.date && String(record.date.year)].filter(Boolean).join(" · ") || undefined,
        figureCaption: authorsLine(record.authors),
        byline,
      };
    case "article":
      return { kind: share.article, title: record.title, figure: dateLabel(record.date), figureCaption: record.summary, byline };
    case "talk":
      return {
        kind: share.talk,
        title: record.title,
        figure: [record.event, record.date && dateLabel(record.date)].filter(Boolean).join(" · "),
        figureCaption: record.summary,
        byline,
      };
  }
}

/** Every preview image by file name. Home's byline names the skills home leads with, featured or strongest. */
export function shareCards(content: Content): Map<string, ShareCard> {
  const { profile, skills } = content;
  const records = [...skills, ...content.projects, ...content.achievements, ...content.articles, ...content.publications, ...content.talks];
  const withSkills = content.categories.filter((category) => category.skills.length > 0);
  return new Map([
    [shareImageName(), homeCard(profile, homeShowcase(content).skills)],
    [SKILLS_SHARE_IMAGE, skillsCard(profile, withSkills, skills)],
    ...records.map((record) => [shareImageName(record), recordCard(record, profile)] as const),
  ]);
}
