import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/export";
import { exportJsonSchema } from "@/lib/export/json-schemas";

export const GET = route(ops.getExportSchema, async ({ query }) =>
  Response.json(exportJsonSchema(query.format), {
    headers: { "content-type": "application/schema+json; charset=utf-8", "cache-control": "no-cache" },
  }),
);
