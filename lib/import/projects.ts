/** JSON Resume projects → project files, each linked to the skills its keywords name (added when the résumé lists none by that name). */
import { projectSkill, type SkillBook } from "./skills";
import { contentFile, namedEntries, partialDate, text, texts, webUrl } from "./values";

export function importProjects(section: unknown, book: SkillBook, notes: string[]): [string, string][] {
  return namedEntries(
    section,
    { name: (project) => text(project.name), fallback: "project", missing: "projects: an entry without a name was left out" },
    notes,
  ).map(({ entry: project, name, slug }) => {
    const highlights = texts(project.highlights);
    if (!text(project.description)) notes.push(`projects/${slug}.md: no description; the summary is ${highlights[0] ? "its first highlight" : "its name"}`);
    if (project.roles !== undefined) notes.push(`projects/${slug}.md: roles are not kept (a project here has no roles; say yours in its summary or body)`);
    const skills = texts(project.keywords).map((keyword) => projectSkill(book, keyword, name));
    notes.push(...skills.flatMap((skill) => skill.note ?? []));
    return [
      `projects/${slug}.md`,
      contentFile({
        title: name,
        organization: text(project.entity),
        summary: text(project.description) ?? highlights[0] ?? name,
        start: partialDate(project.startDate),
        end: partialDate(project.endDate),
        skills: [...new Set(skills.map((skill) => skill.slug))],
        outcomes: highlights,
        url: webUrl(project.url),
      }),
    ];
  });
}
