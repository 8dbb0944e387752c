import { route } from "@/lib/http/route";
import { ExportQuery, splitExportQuery } from "@/lib/export/schema";
import { exportManifest } from "@/lib/export/export-manifest";

/** `{ format, filter, records, schemaVersion, generatedAt, sha256 }` for the same query as `/api/export`. */
export const GET = route({ permission: "dataset.export", query: ExportQuery }, async ({ db, query }) => {
  const { format, filter } = splitExportQuery(query);
  return exportManifest({ db, format, filter });
});
