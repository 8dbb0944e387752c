import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { schemaDocs, schemaDocsDir } from "./schema-docs";

describe("docs/schemas", () => {
  it("holds exactly each JSON export format's schema as the code makes it (npm run docs:schemas rewrites them)", () => {
    const docs = schemaDocs();
    expect(readdirSync(schemaDocsDir).sort()).toEqual(docs.map((d) => d.file).sort());
    for (const { file, text } of docs)
      expect(readFileSync(path.join(schemaDocsDir, file), "utf8"), `${file}: run npm run docs:schemas`).toBe(text);
  });
});
