/** The JSON Schemas editors use stay in step with the zod schemas, and really catch mistakes. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { remark } from "remark";
import remarkFrontmatter from "remark-frontmatter";
import { VFile } from "vfile";
import { describe, expect, it } from "vitest";
import remarkConfig from "@/.remarkrc.mjs";
import { contentJsonSchemas, editorSchemaMap } from "@/lib/content/json-schema";
import { VALID_FIXTURE } from "./fixture";

describe("front matter JSON Schemas", () => {
  it("match the content schemas (run `npm run schema` after changing lib/content/schema.ts)", () => {
    for (const [kind, schema] of Object.entries(contentJsonSchemas())) {
      const committed = JSON.parse(readFileSync(`schemas/${kind}.schema.json`, "utf8"));
      expect(committed, `schemas/${kind}.schema.json`).toEqual(schema);
    }
    expect(JSON.parse(readFileSync("schemas/index.json", "utf8"))).toEqual(editorSchemaMap());
  });

  async function editorMessages(path: string, text: string): Promise<string[]> {
    const [, [lint, options]] = remarkConfig.plugins as [unknown, [never, never]];
    const file = await remark()
      .use(remarkFrontmatter)
      .use(lint, options)
      .process(new VFile({ path, value: text }));
    return file.messages.map((message) => message.reason);
  }

  // The editor matches files by their place under content/; the texts come from the valid fixture.
  const fixture = (kindPath: string) => readFileSync(path.join(VALID_FIXTURE, kindPath), "utf8");
  const FILES = ["profile.md", "skills/go.md", "projects/ledger-sync.md", "achievements/sync-time-50.md"];

  it("flag a wrong value in the editor, through the committed .remarkrc.mjs", async () => {
    const text = fixture("skills/go.md").replace(/^proficiency: .*$/m, "proficiency: guru");
    const messages = await editorMessages("content/skills/go.md", text);
    expect(messages.join("\n")).toMatch(/proficiency/);
  });

  it("accept valid files of every kind", async () => {
    for (const file of FILES) {
      expect(await editorMessages(`content/${file}`, fixture(file)), file).toEqual([]);
    }
  });
});
