import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { createClaim } from "@/lib/claims/create-claim";
import { listArticleClaims } from "@/lib/claims/list-article-claims";

export const GET = route(ops.getArticleClaims, async ({ db, actor, params, query }) =>
  listArticleClaims({ db, actor, articleId: params.id ?? "", projectId: query.projectId }),
);

export const POST = route(ops.createClaim, async ({ db, actor, params, body }) => {
  const claim = await createClaim({ db, actor, articleId: params.id ?? "", input: body });
  return json(claim, 201, { Location: `/api/claims/${claim.id}` });
});
