import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { startAssignment } from "@/lib/assignments/start-assignment";

export const POST = route(ops.startAssignment, async ({ db, actor, params }) =>
  startAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
