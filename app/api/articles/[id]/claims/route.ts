import { route, json } from "@/lib/http/route";
import { CreateClaimInput, ProjectScopeQuery } from "@/lib/claims/schema";
import { createClaim } from "@/lib/claims/create-claim";
import { listArticleClaims } from "@/lib/claims/list-article-claims";

/**
 * The article's claims in reading order (start, then longer spans first): those of the project
 * `?projectId=` names (else the Default project) that the caller may see there (blind: their own).
 */
export const GET = route(
  { permission: "articles.read", query: ProjectScopeQuery },
  async ({ db, actor, params, query }) =>
    listArticleClaims({ db, actor, articleId: params.id ?? "", projectId: query.projectId }),
);

/** 201 with the new draft claim; offsets are UTF-16 code units into the canonical text, end exclusive. */
export const POST = route(
  { permission: "claims.write", body: CreateClaimInput },
  async ({ db, actor, params, body }) => {
    const claim = await createClaim({ db, actor, articleId: params.id ?? "", input: body });
    return json(claim, 201, { Location: `/api/claims/${claim.id}` });
  },
);
