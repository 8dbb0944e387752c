import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { returnAssignment } from "@/lib/assignments/return-assignment";

export const POST = route(ops.returnAssignment, async ({ db, actor, params }) =>
  returnAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
