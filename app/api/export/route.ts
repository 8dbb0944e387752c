import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/export";
import { splitExportQuery } from "@/lib/export/schema";
import { exportStreamInWorker } from "@/lib/export/worker/export-stream";
import { exportContentType } from "@/lib/export/formats/writer-for";
import { exportFileName } from "@/lib/export/export-file-name";
import { scopeExportFilter } from "@/lib/export/export-scope";
import { exportBundleInfo } from "@/lib/export/bundle/bundle-agreement";

export const GET = route(ops.getExport, async ({ db, actor, query }) => {
  const { format, filter: asked } = splitExportQuery(query);
  const filter = await scopeExportFilter({ db, actor, filter: asked });
  const bundle = await exportBundleInfo(db, format, filter);
  return new Response(exportStreamInWorker({ db, format, filter, bundle }), {
    headers: {
      "content-type": exportContentType(format),
      "content-disposition": `attachment; filename="${exportFileName(format, filter)}"`,
      "cache-control": "no-store",
      "x-content-type-options": "nosniff",
    },
  });
});
