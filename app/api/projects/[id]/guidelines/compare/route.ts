import { route } from "@/lib/http/route";
import { CompareGuidelinesQuery } from "@/lib/projects/schema";
import { compareGuidelines } from "@/lib/projects/compare-guidelines";

/** `?from=&to=`: both versions and the line diff `[{ op: same | removed | added, text }]` with counts. */
export const GET = route(
  { permission: "articles.read", query: CompareGuidelinesQuery },
  async ({ db, actor, params, query }) =>
    compareGuidelines({ db, actor, projectId: params.id ?? "", from: query.from, to: query.to }),
);
