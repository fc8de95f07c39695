/**
 * Every title and alias of every skill, written in a job posting, finds that
 * skill: a table generated from the content this site was built from.
 */
import { describe, expect, it } from "vitest";
import { matchPosting } from "@/lib/search/match-posting";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { contentPages } from "@/tests/site/site-map";

const { content } = contentPages();
const index = buildSkillIndex(content.skills);

describe("a posting that names a skill finds it", () => {
  it.each(content.skills.map((skill) => [`${skill.source}: ${skill.title}`, skill] as const))("%s", (_, skill) => {
    for (const name of [skill.title, ...skill.aliases]) {
      const { matched, learning } = matchPosting(`Requirements:\n- Experience with ${name} in production.\n`, index);
      const found = [...matched, ...learning].map((hit) => hit.entry.slug);
      expect(found, `"${name}"`).toContain(skill.slug);
    }
  });
});
