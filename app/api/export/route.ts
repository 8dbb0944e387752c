import { route } from "@/lib/http/route";
import { ExportQuery, splitExportQuery } from "@/lib/export/schema";
import { exportStreamInWorker } from "@/lib/export/worker/export-stream";
import { exportContentType } from "@/lib/export/formats/writer-for";
import { exportFileName } from "@/lib/export/export-file-name";
import { scopeExportFilter } from "@/lib/export/export-scope";
import { serverBundleInfo } from "@/lib/export/bundle/bundle-agreement";

/**
 * The dataset as a download, streamed: `?format=jsonl|csv|w3c|claimreview|fever|averitec|articles|bundle` plus the filters
 * of `ExportFilter` (approved claims only unless `status` says otherwise). Same data and query,
 * same bytes; `/api/export/manifest` gives their SHA-256. One project (`projectId`, else the Default
 * project); a caller who annotates there without reviewing gets only what they may see (blind).
 */
export const GET = route({ permission: "dataset.export", query: ExportQuery }, async ({ db, actor, query }) => {
  const { format, filter: asked } = splitExportQuery(query);
  const filter = await scopeExportFilter({ db, actor, filter: asked });
  const bundle = await serverBundleInfo(db, format, filter);
  return new Response(exportStreamInWorker({ db, format, filter, bundle }), {
    headers: {
      "content-type": exportContentType(format),
      "content-disposition": `attachment; filename="${exportFileName(format, filter)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
