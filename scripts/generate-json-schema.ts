/** `npm run schema`: writes schemas/<kind>.schema.json from the content schemas, and schemas/index.json for editors. */
import { mkdirSync, writeFileSync } from "node:fs";
import { contentJsonSchemas, editorSchemaMap, schemaFile } from "@/lib/content/json-schema";

const write = (file: string, data: unknown) => {
  writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`);
  console.log(file);
};

mkdirSync("schemas", { recursive: true });
for (const [name, schema] of Object.entries(contentJsonSchemas())) write(schemaFile(name as Parameters<typeof schemaFile>[0]), schema);
write("schemas/index.json", editorSchemaMap());
