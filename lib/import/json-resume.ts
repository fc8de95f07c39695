/**
 * Turns a JSON Resume document (https://jsonresume.org/schema) into content
 * files: basics and languages → profile, skill groups → categories and skills, projects
 * (with the skills their keywords name), work → experience (with the skills
 * its lines name), education, certificates, awards → results when they
 * lead with a number, honours otherwise, publications, and the talks and
 * writing this site writes beside JSON Resume's sections. Pure: it returns the files and the
 * list of what it left out or guessed; scripts/import-resume.ts writes them.
 */
import { importAwards, importCertificates, importEducation, importWork } from "./career";
import { importProfile } from "./profile";
import { importProjects } from "./projects";
import { importPublications } from "./publications";
import { importSkills, skillBook, skillFiles, skillFinder } from "./skills";
import { importTalks } from "./talks";
import { type Json, list, object, text } from "./values";
import { importWriting } from "./writing";

export interface ImportResult {
  /** Path under the content folder → file text. */
  files: Map<string, string>;
  /** One line for each thing that was left out or guessed, to show the owner. */
  notes: string[];
}

/** The sections this site has no place for, each with what the owner can do instead. */
const LEFT_OUT: Record<string, string> = {
  interests: "the site shows no interests; name them in profile.md's text if a recruiter should read them",
  references: "a public site is no place for references; give them when asked",
};

export function importJsonResume(resume: Json): ImportResult {
  const book = skillBook();
  const notes = importSkills(book, resume.skills);
  const projects = importProjects(resume.projects, book, notes);
  // After the projects, which may add skills: the book is complete.
  const skillsNamed = skillFinder(book);
  const work = importWork(resume, notes, skillsNamed);
  const publications = importPublications(resume.publications, text(object(resume.basics).name), notes, skillsNamed);
  const talks = importTalks(resume.talks, notes, skillsNamed);
  const writing = importWriting(resume.writing, notes, skillsNamed);
  const education = importEducation(resume.education, notes);
  const certificates = importCertificates(resume.certificates, notes);
  const awards = importAwards(resume.awards, notes);
  const skills = skillFiles(book);
  const profile = importProfile(resume, skills.categories, notes);
  for (const [section, instead] of Object.entries(LEFT_OUT)) {
    const count = list(resume[section]).length;
    if (count) notes.push(`${section}: ${count} ${count === 1 ? "entry" : "entries"} not kept (${instead})`);
  }
  return {
    files: new Map([...skills.files, ...projects, ...work, ...education, ...certificates, ...awards, ...publications, ...talks, ...writing, profile]),
    notes,
  };
}
