/** `npm run schema`: writes schemas/<kind>.schema.json from the content schemas. */
import { mkdirSync, writeFileSync } from "node:fs";
import { contentJsonSchemas } from "../lib/content/json-schema";

mkdirSync("schemas", { recursive: true });
for (const [kind, schema] of Object.entries(contentJsonSchemas())) {
  writeFileSync(`schemas/${kind}.schema.json`, `${JSON.stringify(schema, null, 2)}\n`);
  console.log(`schemas/${kind}.schema.json`);
}
