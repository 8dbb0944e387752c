import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { assignmentMatrix } from "@/lib/assignments/assignment-matrix";
import { assignArticle } from "@/lib/assignments/assign-article";

export const GET = route(ops.getProjectAssignments, async ({ db, actor, params, query }) =>
  assignmentMatrix({ db, actor, projectId: params.id ?? "", ...query }),
);

export const POST = route(ops.createAssignment, async ({ db, actor, params, body }) =>
  json(await assignArticle({ db, actor, projectId: params.id ?? "", ...body }), 201),
);
