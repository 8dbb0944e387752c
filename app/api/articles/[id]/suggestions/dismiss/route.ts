import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { dismissSuggestion } from "@/lib/claims/dismiss-suggestion";

export const POST = route(ops.dismissArticleSuggestion, async ({ db, actor, params, body }) =>
  dismissSuggestion({ db, actor, articleId: params.id ?? "", span: body }),
);
