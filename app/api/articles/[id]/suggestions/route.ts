import { route } from "@/lib/http/route";
import { ProjectScopeQuery } from "@/lib/claims/schema";
import { listSuggestions } from "@/lib/claims/list-suggestions";

/**
 * Figures the offline spotter finds in the article, minus the caller's dismissed spans and the
 * spans already tagged by a claim the caller may see in the project `?projectId=` names (else the
 * Default project).
 */
export const GET = route(
  { permission: "articles.read", query: ProjectScopeQuery },
  async ({ db, actor, params, query }) =>
    listSuggestions({ db, articleId: params.id ?? "", actor, projectId: query.projectId }),
);
