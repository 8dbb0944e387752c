import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { listSuggestions } from "@/lib/claims/list-suggestions";

export const GET = route(ops.getArticleSuggestions, async ({ db, actor, params, query }) =>
  listSuggestions({
    db,
    articleId: params.id ?? "",
    actor,
    projectId: query.projectId,
    page: { offset: query.offset, limit: query.limit },
  }),
);
