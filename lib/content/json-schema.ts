/**
 * JSON Schemas of the front matter, generated from the zod schemas so the two
 * never disagree, and the map from content files to schemas that editors
 * read (see .remarkrc.mjs). Editors use them to check front matter while the
 * owner types.
 */
import { z } from "zod";
import { KIND_NAMES, KINDS } from "./kinds";
import { PROFILE_FILE } from "./load";
import { profileSchema } from "./schema";

type SchemaName = "profile" | (typeof KIND_NAMES)[number];

const SCHEMAS: [SchemaName, z.ZodType][] = [["profile", profileSchema], ...KIND_NAMES.map((kind): [SchemaName, z.ZodType] => [kind, KINDS[kind].schema])];

export const schemaFile = (name: SchemaName) => `schemas/${name}.schema.json`;

export function contentJsonSchemas(): Record<SchemaName, object> {
  const entries = SCHEMAS.map(([name, schema]) => [
    name,
    { title: `Front matter of a ${name} file`, ...z.toJSONSchema(schema, { io: "input", target: "draft-7" }) },
  ]);
  return Object.fromEntries(entries) as Record<SchemaName, object>;
}

/** Which files under content/ each schema checks, as remark-lint-frontmatter-schema takes it. */
export function editorSchemaMap(): Record<string, string[]> {
  return {
    [schemaFile("profile")]: [`content/${PROFILE_FILE}`],
    ...Object.fromEntries(KIND_NAMES.map((kind) => [schemaFile(kind), [`content/${KINDS[kind].folder}/**/*.md`]])),
  };
}
