import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/adjudication";
import { decideUnit } from "@/lib/adjudication/decide-unit";
import { getAdjudication } from "@/lib/adjudication/get-adjudication";

export const GET = route(ops.getAdjudication, async ({ db, actor, params }) =>
  getAdjudication({ db, actor, projectId: params.id ?? "", articleId: params.articleId ?? "" }),
);

export const POST = route(ops.decideAdjudication, async ({ db, actor, params, body }) =>
  decideUnit({ db, actor, projectId: params.id ?? "", articleId: params.articleId ?? "", input: body }),
);
