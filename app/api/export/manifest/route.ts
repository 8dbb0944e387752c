import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/export";
import { splitExportQuery } from "@/lib/export/schema";
import { exportManifest } from "@/lib/export/export-manifest";
import { scopeExportFilter } from "@/lib/export/export-scope";

export const GET = route(ops.getExportManifest, async ({ db, actor, query }) => {
  const { format, filter: asked } = splitExportQuery(query);
  const { annotatorId, ...filter } = await scopeExportFilter({ db, actor, filter: asked });
  const manifest = await exportManifest({ db, format, filter: { ...filter, annotatorId } });
  // The manifest echoes the filter as asked and scoped, not whom the server scoped it for.
  return { ...manifest, filter };
});
