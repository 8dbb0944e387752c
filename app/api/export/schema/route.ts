import { z } from "zod";
import { route } from "@/lib/http/route";
import { exportJsonSchema, jsonExportFormats } from "@/lib/export/json-schemas";

const SchemaQuery = z.object({
  format: z.enum(jsonExportFormats, {
    error: `format must be one of the JSON export formats: ${jsonExportFormats.join(", ")} (CSV and the zip bundle have none)`,
  }),
});

/**
 * The JSON Schema (draft 2020-12) of a JSON export format, `?format=jsonl|w3c|claimreview|fever|averitec|articles`:
 * of one line for JSON Lines formats, of the whole file for the others. The same documents as `docs/schemas/`.
 */
export const GET = route({ permission: "dataset.export", query: SchemaQuery }, async ({ query }) =>
  Response.json(exportJsonSchema(query.format), {
    headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "no-cache" },
  }),
);
