import { z } from "zod";
import { KindKey } from "@/lib/claims/schema";
import { ClaimStatus } from "@/lib/claims/vocabulary";

/**
 * Version of the exported record shape (the JSONL line in `record.ts`). Bump it when a field is
 * renamed or removed, so consumers can tell datasets apart.
 */
export const EXPORT_SCHEMA_VERSION = 1;

/** Formats with one entry per claim: the writers of `formats/`. */
export const claimExportFormats = ["jsonl", "csv", "w3c", "claimreview", "fever", "averitec"] as const;
export type ClaimExportFormat = (typeof claimExportFormats)[number];

/** Every format of `GET /api/export`: the claim formats, the articles (JSON Lines), the dataset bundle (zip). */
export const exportFormats = [...claimExportFormats, "articles", "bundle"] as const;
export const ExportFormat = z.enum(exportFormats);
export type ExportFormat = z.infer<typeof ExportFormat>;
/** The formats that are text (all but the zip bundle). */
export type TextExportFormat = Exclude<ExportFormat, "bundle">;

/** Which layers a multi-annotator project's export holds. */
const exportLayers = ["gold", "gold+raw"] as const;

// A calendar day or a full ISO timestamp; a bare day in `to` covers that whole day.
const DateBound = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/** Which claims go into an export. Everything here is also echoed in the manifest. */
export const ExportFilter = z.object({
  /** The project exported; the server fills it in (the Default project when the query names none). */
  projectId: z.string().min(1).max(100).optional(),
  /** Only approved claims unless asked otherwise: drafts never leak by default. */
  status: ClaimStatus.default("approved"),
  articleId: z.string().min(1).max(100).optional(),
  /** A kind of the exported project's schema (400 for one it does not have, checked with the project). */
  kind: z.preprocess((v) => (v === "" ? undefined : v), KindKey.optional()),
  clusterId: z.string().min(1).max(100).optional(),
  /** approvedAt >= from */
  from: DateBound.optional(),
  /** approvedAt <= to (a bare day includes the whole day, UTC) */
  to: DateBound.optional(),
  /**
   * CSV only, a file option rather than a filter: `bom=1` starts the file with a UTF-8 byte-order
   * mark, which Excel needs to read UTF-8. Echoed in the manifest like the rest (it changes the bytes).
   */
  bom: z.stringbool({ truthy: ["1", "true"], falsy: ["0", "false"] }).optional(),
  /**
   * Projects with several annotators per article only (400 elsewhere): `gold` (the default there)
   * exports the gold layer; `gold+raw` also every annotator's own layer of the same articles.
   */
  layers: z.enum(exportLayers, { error: `must be one of ${exportLayers.join(", ")}` }).optional(),
});
export type ExportFilter = z.output<typeof ExportFilter> & {
  /**
   * Set by the server, never by a query, for a caller who annotates but does not review in the
   * project: only what they may see (their own claims, and others' on articles that are not blind
   * or are adjudicated), the blind rule of `visibleClaimsWhere`.
   */
  annotatorId?: string;
};

/** Query of `GET /api/export` and `/api/export/manifest`. */
export const ExportQuery = ExportFilter.extend({ format: ExportFormat });
export type ExportQuery = z.output<typeof ExportQuery>;

/** Splits a parsed query into the format and the filter (the manifest reports them apart). */
export function splitExportQuery({ format, ...filter }: ExportQuery): { format: ExportFormat; filter: ExportFilter } {
  return { format, filter };
}
