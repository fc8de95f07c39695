/**
 * The text of a new content file for `npm run new`: every field present, the
 * required ones filled with placeholders that `npm run check` flags until
 * they are replaced, the optional ones commented out, each with a note.
 */
import { KINDS, type KindName } from "./kinds";
import { PLACEHOLDER } from "./placeholder";

export function scaffold(kind: KindName, title: string, categories: readonly string[]): string {
  const lines = KINDS[kind].scaffold(title, categories);
  return `---\n${lines.join("\n")}\n---\n${PLACEHOLDER} write the details in markdown here.\n`;
}
