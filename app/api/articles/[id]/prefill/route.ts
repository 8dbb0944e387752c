import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/articles";
import { prefillSelection } from "@/lib/claims/prefill-selection";

export const GET = route(ops.getArticlePrefill, async ({ db, params, query }) =>
  prefillSelection({ db, articleId: params.id ?? "", start: query.start, end: query.end }),
);
