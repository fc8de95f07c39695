/**
 * schema.org descriptions of the owner and their work, as JSON-LD.
 *
 * Every page carries one self-contained graph: the Person (and the WebSite)
 * plus the page's own nodes. References between nodes are `{ "@id" }` objects
 * that always point at a node in the same graph, so a crawler that reads one
 * page needs no other. Types come from schema-dts (checked at compile time);
 * tests/unit/structured-data.test.ts checks every type and property against
 * the schema.org vocabulary at run time.
 */
import type {
  BlogPosting,
  CollectionPage,
  CreativeWork,
  DefinedTerm,
  DefinedTermSet,
  Event,
  Graph,
  IdReference,
  Person,
  ProfilePage,
  QuantitativeValue,
  ScholarlyArticle,
  Thing,
  WebPage,
  WebSite,
} from "schema-dts";
import type { Achievement, Article, Profile, Project, Publication, Skill, Talk } from "./content";
import { getProfile, profileLinks } from "./content";
import { type PageDescription, siteIdentity } from "./page-metadata";
import { doiUrl } from "./publication";
import { recordPage } from "./record-page";
import { recordRoute, routes } from "./routes";
import { absoluteUrl } from "./site-config";

const ref = (id: string): IdReference => ({ "@id": id });
const personId = () => `${absoluteUrl(routes.home)}#person`;
const websiteId = () => `${absoluteUrl(routes.home)}#website`;

function person(profile: Profile, knowsAbout: readonly Skill[]): Person {
  const links = profileLinks(profile);
  return {
    "@type": "Person",
    "@id": personId(),
    ...(profile.name && { name: profile.name }),
    jobTitle: profile.headline,
    description: profile.summary,
    url: absoluteUrl(routes.home),
    ...(profile.email && { email: `mailto:${profile.email}` }),
    ...(profile.location && { homeLocation: { "@type": "Place", name: profile.location } }),
    ...(links.length && { sameAs: links.map((link) => link.url) }),
    ...(knowsAbout.length && { knowsAbout: knowsAbout.map((skill) => skill.title) }),
    ...(profile.languages.length && { knowsLanguage: profile.languages.map((each) => each.language) }),
  };
}

function website(): WebSite {
  const { name, language } = siteIdentity();
  return {
    "@type": "WebSite",
    "@id": websiteId(),
    url: absoluteUrl(routes.home),
    name,
    inLanguage: language,
    author: ref(personId()),
  };
}

/**
 * The graph of one page: the owner and the site, then the page's own nodes.
 * The Person lists what they know (production skills, not those being
 * learned) only where that is the subject: the home page.
 */
export function pageGraph(nodes: readonly Thing[], { knowsAbout = [] }: { knowsAbout?: readonly Skill[] } = {}): Graph {
  return { "@context": "https://schema.org", "@graph": [person(getProfile(), knowsAbout), website(), ...nodes] };
}

function webPage<T extends WebPage>(type: T["@type"], { title, description, route }: PageDescription, fields: Partial<T> = {}): T {
  return {
    "@type": type,
    "@id": absoluteUrl(route),
    url: absoluteUrl(route),
    name: title,
    description,
    isPartOf: ref(websiteId()),
    ...fields,
  } as T;
}

/** The home page: a profile page about the owner. */
export function homeGraph(page: PageDescription, skills: readonly Skill[]): Graph {
  const practised = skills.filter((skill) => skill.proficiency !== "learning");
  return pageGraph([webPage<ProfilePage>("ProfilePage", page, { mainEntity: ref(personId()) })], { knowsAbout: practised });
}

/** A plain page (the matcher, the résumé) or a list (skills, projects, results, tags). */
export function simplePageGraph(page: PageDescription, type: "WebPage" | "CollectionPage" = "WebPage"): Graph {
  return pageGraph([type === "CollectionPage" ? webPage<CollectionPage>(type, page) : webPage<WebPage>(type, page)]);
}

/** A not-found page has no address of its own: only who and which site. */
export const notFoundGraph = (): Graph => pageGraph([]);

/** A skill is a term in the set its category defines, with the page about it written by the owner. */
export function skillGraph(skill: Skill): Graph {
  const url = absoluteUrl(routes.skill(skill.slug));
  const setId = `${absoluteUrl(routes.skills)}#${skill.category.slug}`;
  const termSet: DefinedTermSet = {
    "@type": "DefinedTermSet",
    "@id": setId,
    name: skill.category.title,
    ...(skill.category.description && { description: skill.category.description }),
    url: setId,
  };
  const term: DefinedTerm = {
    "@type": "DefinedTerm",
    "@id": `${url}#term`,
    name: skill.title,
    description: skill.summary,
    ...(skill.aliases.length && { alternateName: skill.aliases }),
    inDefinedTermSet: ref(setId),
    url,
  };
  const page = webPage<WebPage>("WebPage", recordPage(skill), {
    about: ref(term["@id"]!),
    author: ref(personId()),
    ...(skill.tags.length && { keywords: skill.tags.map((tag) => tag.label).join(", ") }),
  });
  return pageGraph([page, term, termSet]);
}

/** A project is a work the owner created, described on its page. */
export function projectGraph(project: Project): Graph {
  const url = absoluteUrl(routes.project(project.slug));
  const work: CreativeWork = {
    "@type": "CreativeWork",
    "@id": `${url}#work`,
    name: project.title,
    description: project.summary,
    url,
    creator: ref(personId()),
    ...(project.organization && { sourceOrganization: { "@type": "Organization", name: project.organization } }),
    ...(project.skills.length && { keywords: project.skills.map((skill) => skill.title).join(", ") }),
    ...(project.url && { sameAs: project.url }),
  };
  return pageGraph([webPage<WebPage>("WebPage", recordPage(project), { mainEntity: ref(work["@id"]!), author: ref(personId()) }), work]);
}

/** A result is a measured value; its page names the projects and skills behind it. */
export function achievementGraph(achievement: Achievement): Graph {
  const url = absoluteUrl(routes.achievement(achievement.slug));
  const value: QuantitativeValue = {
    "@type": "QuantitativeValue",
    "@id": `${url}#value`,
    name: achievement.metric,
    value: achievement.figure,
    ...(achievement.summary && { description: achievement.summary }),
  };
  const mentions: Thing[] = [
    ...achievement.projects.map((project): CreativeWork => ({ "@type": "CreativeWork", name: project.title, url: absoluteUrl(recordRoute(project)) })),
    ...achievement.skills.map((skill): DefinedTerm => ({ "@type": "DefinedTerm", name: skill.title, url: absoluteUrl(recordRoute(skill)) })),
  ];
  const page = webPage<WebPage>("WebPage", recordPage(achievement), {
    about: ref(value["@id"]!),
    author: ref(personId()),
    ...(mentions.length && { mentions }),
  });
  return pageGraph([page, value]);
}

/** A publication is a scholarly article; the owner is the author whose name is theirs, the others are named as printed. */
export function publicationGraph(publication: Publication): Graph {
  const url = absoluteUrl(routes.publication(publication.slug));
  const owner = getProfile().name;
  const article: ScholarlyArticle = {
    "@type": "ScholarlyArticle",
    "@id": `${url}#article`,
    name: publication.title,
    headline: publication.title,
    abstract: publication.abstract,
    url,
    author: publication.authors.map((name) => (name === owner ? ref(personId()) : { "@type": "Person", name })),
    ...(publication.date && { datePublished: publication.date.iso }),
    ...(publication.venue && { isPartOf: { "@type": "CreativeWork", name: publication.venue } }),
    ...(publication.doi && { identifier: { "@type": "PropertyValue", propertyID: "DOI", value: publication.doi } }),
    ...((publication.doi || publication.url) && { sameAs: [publication.doi && doiUrl(publication.doi), publication.url].filter((each) => each !== undefined) }),
    ...(publication.skills.length && { keywords: publication.skills.map((skill) => skill.title).join(", ") }),
  };
  return pageGraph([webPage<WebPage>("WebPage", recordPage(publication), { mainEntity: ref(article["@id"]!), author: ref(personId()) }), article]);
}

/** A talk is an event the owner performed at, part of the event it was given at, with its slides and recording as works about it. */
export function talkGraph(talk: Talk): Graph {
  const url = absoluteUrl(routes.talk(talk.slug));
  const works = [talk.slides, talk.recording].filter((link) => link !== undefined);
  const event: Event = {
    "@type": "Event",
    "@id": `${url}#talk`,
    name: talk.title,
    description: talk.summary,
    url,
    performer: ref(personId()),
    superEvent: { "@type": "Event", name: talk.event },
    ...(talk.date && { startDate: talk.date.iso }),
    ...(talk.location && { location: { "@type": "Place", name: talk.location } }),
    ...(works.length && { subjectOf: works.map((link): CreativeWork => ({ "@type": "CreativeWork", url: link })) }),
    ...(talk.skills.length && { keywords: talk.skills.map((skill) => skill.title).join(", ") }),
  };
  return pageGraph([webPage<WebPage>("WebPage", recordPage(talk), { mainEntity: ref(event["@id"]!), author: ref(personId()) }), event]);
}

/** An article is a blog posting by the owner, on its own page. */
export function articleGraph(article: Article): Graph {
  const url = absoluteUrl(routes.article(article.slug));
  const posting: BlogPosting = {
    "@type": "BlogPosting",
    "@id": `${url}#article`,
    headline: article.title,
    description: article.summary,
    datePublished: article.date.iso,
    url,
    author: ref(personId()),
    ...(article.tags.length && { keywords: article.tags.join(", ") }),
    ...(article.skills.length && {
      about: article.skills.map((skill): DefinedTerm => ({ "@type": "DefinedTerm", name: skill.title, url: absoluteUrl(recordRoute(skill)) })),
    }),
  };
  return pageGraph([webPage<WebPage>("WebPage", recordPage(article), { mainEntity: ref(posting["@id"]!), author: ref(personId()) }), posting]);
}
