import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/adjudication";
import { closeAdjudication } from "@/lib/adjudication/close-adjudication";

export const POST = route(ops.closeAdjudication, async ({ db, actor, params, body }) =>
  closeAdjudication({
    db,
    actor,
    projectId: params.id ?? "",
    articleId: params.articleId ?? "",
    version: body.version,
  }),
);
