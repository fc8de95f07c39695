/** schema.org descriptions of the owner and their work, for JSON-LD. */
import type { Profile, Project, Skill } from "./content";
import { routes } from "./routes";
import { absoluteUrl } from "./site-config";

export function personData(profile: Profile, skills: readonly Skill[]): Record<string, unknown> {
  return {
    "@type": "Person",
    "@id": `${absoluteUrl(routes.home)}#person`,
    ...(profile.name && { name: profile.name }),
    jobTitle: profile.headline,
    description: profile.summary,
    url: absoluteUrl(routes.home),
    ...(profile.email && { email: `mailto:${profile.email}` }),
    ...(profile.location && { homeLocation: { "@type": "Place", name: profile.location } }),
    ...(profile.links.length && { sameAs: profile.links.map((link) => link.url) }),
    knowsAbout: skills.filter((skill) => skill.proficiency !== "learning").map((skill) => skill.title),
  };
}

const personReference = () => ({ "@id": `${absoluteUrl(routes.home)}#person` });

export function skillData(skill: Skill): Record<string, unknown> {
  return {
    "@type": "WebPage",
    name: skill.title,
    description: skill.summary,
    url: absoluteUrl(routes.skill(skill.slug)),
    about: {
      "@type": "DefinedTerm",
      name: skill.title,
      ...(skill.aliases.length && { alternateName: skill.aliases }),
      inDefinedTermSet: skill.category.title,
    },
    author: personReference(),
    keywords: skill.tags.map((tag) => tag.label).join(", "),
  };
}

export function projectData(project: Project): Record<string, unknown> {
  return {
    "@type": "CreativeWork",
    name: project.title,
    description: project.summary,
    url: absoluteUrl(routes.project(project.slug)),
    creator: personReference(),
    ...(project.organization && { sourceOrganization: { "@type": "Organization", name: project.organization } }),
    keywords: project.skills.map((skill) => skill.title).join(", "),
  };
}
