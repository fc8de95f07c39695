/** The JSON Schemas editors use stay in step with the zod schemas, and really catch mistakes. */
import { readFileSync } from "node:fs";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import { contentJsonSchemas } from "@/lib/content/json-schema";
import remarkConfig from "../../../.remarkrc.mjs";

describe("front matter JSON Schemas", () => {
  it("match the content schemas (run `npm run schema` after changing lib/content/schema.ts)", () => {
    for (const [kind, schema] of Object.entries(contentJsonSchemas())) {
      const committed = JSON.parse(readFileSync(`schemas/${kind}.schema.json`, "utf8"));
      expect(committed, `schemas/${kind}.schema.json`).toEqual(schema);
    }
  });

  async function editorMessages(path: string, text: string): Promise<string[]> {
    const [, [lint, options]] = remarkConfig.plugins as [unknown, [never, never]];
    const file = await remark().use(remarkFrontmatter).use(lint, options).process(new VFile({ path, value: text }));
    return file.messages.map((message) => message.reason);
  }

  it("flag a wrong value in the editor, through the committed .remarkrc.mjs", async () => {
    const text = readFileSync("content/skills/redis.md", "utf8").replace(/^proficiency: .*$/m, "proficiency: guru");
    const messages = await editorMessages("content/skills/redis.md", text);
    expect(messages.join("\n")).toMatch(/proficiency/);
  });

  it("accept the owner's real files", async () => {
    for (const path of ["content/profile.md", "content/skills/fastapi.md", "content/projects/spenza-payments.md", "content/achievements/uptime-99-9.md"]) {
      expect(await editorMessages(path, readFileSync(path, "utf8")), path).toEqual([]);
    }
  });
});
