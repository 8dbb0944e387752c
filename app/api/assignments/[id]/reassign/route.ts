import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { reassignAssignment } from "@/lib/assignments/reassign-assignment";

export const POST = route(ops.reassignAssignment, async ({ db, actor, params, body }) =>
  reassignAssignment({ db, actor, assignmentId: params.id ?? "", annotatorId: body.annotatorId }),
);
