import { route } from "@/lib/http/route";
import { ExportQuery, splitExportQuery } from "@/lib/export/schema";
import { exportManifest } from "@/lib/export/export-manifest";
import { scopeExportFilter } from "@/lib/export/export-scope";

/** `{ format, filter, records, schemaVersion, generatedAt, sha256 }` for the same query (and caller) as `/api/export`. */
export const GET = route({ permission: "dataset.export", query: ExportQuery }, async ({ db, actor, query }) => {
  const { format, filter: asked } = splitExportQuery(query);
  const { annotatorId, ...filter } = await scopeExportFilter({ db, actor, filter: asked });
  const manifest = await exportManifest({ db, format, filter: { ...filter, annotatorId } });
  // The manifest echoes the filter as asked and scoped, not whom the server scoped it for.
  return { ...manifest, filter };
});
