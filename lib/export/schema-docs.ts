import { exportJsonSchema, jsonExportFormats } from "./json-schemas";

/** Where each JSON export format's schema is kept in the repository (`docs/schemas/`). */
export const schemaDocsDir = "docs/schemas";

/** The files of `docs/schemas/`: each format's JSON Schema as `GET /api/export/schema` serves it, two-space JSON. */
export const schemaDocs = (): { file: string; text: string }[] =>
  jsonExportFormats.map((format) => ({
    file: `${format}.schema.json`,
    text: `${JSON.stringify(exportJsonSchema(format), null, 2)}\n`,
  }));
