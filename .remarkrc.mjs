// Editor checks of front matter while typing: with the VS Code extension
// "unifiedjs.vscode-remark", each content file is checked against the JSON
// Schema of its kind. `npm run schema` writes the schemas and
// schemas/index.json, which says which files each schema checks, from
// lib/content/kinds.ts.
import { readFileSync } from "node:fs";
import remarkFrontmatter from "remark-frontmatter";
import remarkLintFrontmatterSchema from "remark-lint-frontmatter-schema";

const schemas = JSON.parse(readFileSync(new URL("./schemas/index.json", import.meta.url), "utf8"));

export default {
  plugins: [remarkFrontmatter, [remarkLintFrontmatterSchema, { schemas }]],
};
