import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { submitArticleClaims } from "@/lib/review/submit-article-claims";

export const POST = route(ops.submitArticleClaims, async ({ db, actor, params }) =>
  submitArticleClaims({ db, actor, articleId: params.id ?? "" }),
);
