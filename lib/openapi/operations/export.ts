import { z } from "zod";
import { ExportQuery } from "@/lib/export/schema";
import { jsonExportFormats } from "@/lib/export/json-schemas";
import { operation } from "../operation";

const SchemaQuery = z.object({
  format: z.enum(jsonExportFormats, {
    error: `format must be one of the JSON export formats: ${jsonExportFormats.join(", ")} (CSV and the zip bundle have none)`,
  }),
});

export const getExportManifest = operation({
  method: "GET",
  path: "/api/export/manifest",
  tag: "Export",
  summary: "The manifest of an export",
  description:
    "`{ format, filter, records, schemaVersion, generatedAt, sha256 }` for the same query (and caller) as `/api/export`.",
  permission: "dataset.export",
  query: ExportQuery,
  responses: { 200: "`{ format, filter, records, schemaVersion, generatedAt, sha256 }`" },
  example: { query: { format: "jsonl", status: "approved" } },
});

export const getExport = operation({
  method: "GET",
  path: "/api/export",
  tag: "Export",
  summary: "Download the dataset",
  description:
    "The dataset as a download, streamed: `?format=jsonl|csv|w3c|claimreview|fever|averitec|articles|bundle` plus the filters of `ExportFilter` (approved claims only unless `status` says otherwise). Same data and query, same bytes; `/api/export/manifest` gives their SHA-256. One project (`projectId`, else the Default project); a caller who annotates there without reviewing gets only what they may see (blind).",
  permission: "dataset.export",
  query: ExportQuery,
  produces: "application/octet-stream",
  responses: { 200: "The file in the asked format, streamed" },
  example: { query: { format: "jsonl", status: "approved" } },
});

export const getExportSchema = operation({
  method: "GET",
  path: "/api/export/schema",
  tag: "Export",
  summary: "The JSON Schema of a JSON export format",
  description:
    "The JSON Schema (draft 2020-12) of a JSON export format, `?format=jsonl|w3c|claimreview|fever|averitec|articles`: of one line for JSON Lines formats, of the whole file for the others. The same documents as `docs/schemas/`.",
  permission: "dataset.export",
  query: SchemaQuery,
  produces: "application/schema+json",
  responses: { 200: "The JSON Schema" },
  example: { query: { format: "jsonl" } },
});
