/** Rewrites docs/schemas/ from the code (`npm run docs:schemas`); a unit test fails while they differ. */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { schemaDocs, schemaDocsDir } from "@/lib/export/schema-docs";

mkdirSync(schemaDocsDir, { recursive: true });
for (const { file, text } of schemaDocs()) writeFileSync(path.join(schemaDocsDir, file), text);
console.log(`wrote ${schemaDocs().length} schemas to ${schemaDocsDir}/`);
