/**
 * The records pages see: validated, normalised and linked both ways. Raw
 * front matter never leaves `lib/content`.
 */
import type { ImageAsset } from "@/lib/images/asset";
import type { ContentImage } from "./images";
import type { Proficiency } from "./proficiency";
import type {
  ArticleFrontMatter,
  CertificationFrontMatter,
  EducationFrontMatter,
  ExperienceFrontMatter,
  HonourFrontMatter,
  Look,
  PartialDate,
  ProfileFrontMatter,
  ProjectContext,
  PublicationFrontMatter,
  TalkFrontMatter,
  Years,
} from "./schema";

export type { ContentImage, ImageAsset, Look, PartialDate, Proficiency, ProjectContext, Years };

/** A link on the profile, typed by its schema: a field added there reaches every page. */
export type Link = ProfileFrontMatter["links"][number];

export interface Category {
  slug: string;
  title: string;
  description?: string;
  skills: Skill[];
}

/**
 * The profile as written (typed by its schema, so a field added there reaches
 * every page), its photo resolved and its body rendered. Its categories live
 * on as Category records.
 */
export type Profile = Omit<ProfileFrontMatter, "categories" | "image"> & {
  /** A photo of the owner. */
  image?: ContentImage;
  html: string;
};

export interface Tag {
  slug: string;
  label: string;
  skills: Skill[];
}

interface PageRecord {
  slug: string;
  title: string;
  /** Slugs this record was published under before; their URLs forward here. */
  formerSlugs: string[];
  html: string;
  /** The file it came from, as shown in messages. */
  source: string;
}

export interface Skill extends PageRecord {
  kind: "skill";
  category: Category;
  proficiency: Proficiency;
  years?: Years;
  featured: boolean;
  summary: string;
  tags: Tag[];
  aliases: string[];
  related: Skill[];
  projects: Project[];
  achievements: Achievement[];
  experience: Experience[];
  education: Education[];
  certifications: Certification[];
  honours: Honour[];
  articles: Article[];
  publications: Publication[];
  talks: Talk[];
}

export interface Project extends PageRecord {
  kind: "project";
  context?: ProjectContext;
  organization?: string;
  summary: string;
  start?: PartialDate;
  end?: PartialDate;
  outcomes: string[];
  featured: boolean;
  url?: string;
  repository?: string;
  image?: ContentImage;
  skills: Skill[];
  achievements: Achievement[];
  experience: Experience[];
}

export interface Achievement extends PageRecord {
  kind: "achievement";
  figure: string;
  metric: string;
  summary?: string;
  featured: boolean;
  image?: ContentImage;
  projects: Project[];
  skills: Skill[];
}

/** A record with a page that shows skills and has one date (a publication, a talk): its front matter as written, its skills resolved. */
export type DatedRecord<FrontMatter, Kind extends string> = Omit<FrontMatter, keyof PageRecord | "skills"> &
  PageRecord & {
    kind: Kind;
    skills: Skill[];
  };

export type Article = DatedRecord<ArticleFrontMatter, "article">;
export type Publication = DatedRecord<PublicationFrontMatter, "publication">;
export type Talk = DatedRecord<TalkFrontMatter, "talk">;

/** A career record: its front matter, with the slugs it names resolved to the records, and its markdown as HTML. */
type CareerRecord<FrontMatter, Kind extends string, Links> = Omit<FrontMatter, keyof Links> &
  Links & {
    kind: Kind;
    /** The file name: an anchor on the page that lists its kind. */
    slug: string;
    html: string;
    source: string;
  };

export type Experience = CareerRecord<ExperienceFrontMatter, "experience", { skills: Skill[]; projects: Project[] }> & {
  /** Started and not ended: the owner's current work. */
  current: boolean;
};

export type Education = CareerRecord<EducationFrontMatter, "education", { skills: Skill[] }>;

export type Certification = CareerRecord<CertificationFrontMatter, "certification", { skills: Skill[] }>;
export type Honour = CareerRecord<HonourFrontMatter, "honour", { skills: Skill[] }>;

export interface Content {
  profile: Profile;
  categories: Category[];
  skills: Skill[];
  projects: Project[];
  achievements: Achievement[];
  /** Featured first, then most recent. */
  articles: Article[];
  /** Featured first, then most recent. */
  publications: Publication[];
  /** Featured first, then most recent. */
  talks: Talk[];
  /** Most recent first; undated entries keep the order of their files, after the dated ones. */
  experience: Experience[];
  education: Education[];
  certifications: Certification[];
  honours: Honour[];
  tags: Tag[];
  /** Every image the content uses, once each: what the build encodes. */
  images: ImageAsset[];
}
