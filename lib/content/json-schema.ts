/**
 * JSON Schemas of the front matter, generated from the zod schemas so the two
 * never disagree. Editors use them to check front matter while the owner types.
 */
import { z } from "zod";
import { achievementSchema, profileSchema, projectSchema, skillSchema } from "./schema";

const SCHEMAS = { profile: profileSchema, skill: skillSchema, project: projectSchema, achievement: achievementSchema };

export type ContentKind = keyof typeof SCHEMAS;

export function contentJsonSchemas(): Record<ContentKind, object> {
  const entries = Object.entries(SCHEMAS).map(([kind, schema]) => [
    kind,
    { title: `Front matter of a ${kind} file`, ...z.toJSONSchema(schema, { io: "input", target: "draft-7" }) },
  ]);
  return Object.fromEntries(entries) as Record<ContentKind, object>;
}
