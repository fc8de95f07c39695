/**
 * Every title and alias of every skill, written in a job posting, finds that
 * skill: a table generated from the content this site was built from.
 */
import { expect, test } from "@playwright/test";
import { matchPosting } from "@/lib/search/match-posting";
import { buildSkillIndex } from "@/lib/search/skill-index";
import { contentPages } from "./site-map";

const { content } = contentPages();
const index = buildSkillIndex(content.skills);

test.describe("a posting that names a skill finds it", () => {
  for (const skill of content.skills) {
    test(`${skill.source}: ${skill.title}`, () => {
      for (const name of [skill.title, ...skill.aliases]) {
        const { matched, learning } = matchPosting(`Requirements:\n- Experience with ${name} in production.\n`, index);
        const found = [...matched, ...learning].map((hit) => hit.entry.slug);
        expect(found, `"${name}"`).toContain(skill.slug);
      }
    });
  }
});
