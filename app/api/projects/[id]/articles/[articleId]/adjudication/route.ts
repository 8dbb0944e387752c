import { route } from "@/lib/http/route";
import { decideUnit } from "@/lib/adjudication/decide-unit";
import { getAdjudication } from "@/lib/adjudication/get-adjudication";
import { DecisionInput } from "@/lib/adjudication/schema";

/** The article's units, every annotator's claims, current decisions and gold claims (reviewers and managers). */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  getAdjudication({ db, actor, projectId: params.id ?? "", articleId: params.articleId ?? "" }),
);

/**
 * One decision (take, edit, reject, add, undo) made on `version`; answers the adjudication as it
 * now is. Another adjudicator's change since → 409 with the current version: reload and reapply.
 */
export const POST = route({ permission: "articles.read", body: DecisionInput }, async ({ db, actor, params, body }) =>
  decideUnit({ db, actor, projectId: params.id ?? "", articleId: params.articleId ?? "", input: body }),
);
