/**
 * The smallest content a new owner starts from: a profile and one skill that
 * build at once, each field explained where it stands, with nothing in it
 * about anyone (the owner writes their own facts).
 */
import { PROFICIENCY_LEVELS } from "./proficiency";

export const SKELETON: Record<string, string> = {
  "profile.md": `---
# Shown as the site's title when there is no name; everything here is yours to rewrite.
headline: Software engineer
summary: One or two sentences on the work you do and what you are best at.
# Optional; remove the # to use them.
# name: Your Name
# email: you@example.com
# location: City, Country
# links:
#   - label: GitHub
#     url: https://github.com/you
# Skills are grouped by these categories, in this order.
categories:
  - slug: core
    title: Core skills
---
A few paragraphs about yourself, in markdown.
`,
  "skills/first-skill.md": `---
# Rename this file (its name is the page's URL) or add others with: npm run new -- skill "Name"
title: Your strongest skill
category: core
# ${PROFICIENCY_LEVELS.join(" | ")}
proficiency: working
summary: One sentence on what you do with it.
---
What you have built with it, in markdown.
`,
};
