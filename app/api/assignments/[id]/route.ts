import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { getAssignment } from "@/lib/assignments/get-assignment";

export const GET = route(ops.getAssignment, async ({ db, actor, params }) =>
  getAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
