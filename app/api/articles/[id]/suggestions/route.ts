import { route } from "@/lib/http/route";
import { ProjectScopeQuery } from "@/lib/claims/schema";
import { listSuggestions, SuggestionsPage } from "@/lib/claims/list-suggestions";

/**
 * Figures the offline spotter finds in the article, minus the caller's dismissed spans and the
 * spans already tagged by a claim the caller may see in the project `?projectId=` names (else the
 * Default project); paged (`offset`, `limit`).
 */
export const GET = route(
  { permission: "articles.read", query: ProjectScopeQuery.extend(SuggestionsPage.shape) },
  async ({ db, actor, params, query }) =>
    listSuggestions({
      db,
      articleId: params.id ?? "",
      actor,
      projectId: query.projectId,
      page: { offset: query.offset, limit: query.limit },
    }),
);
