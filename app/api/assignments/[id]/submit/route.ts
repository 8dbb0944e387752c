import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/assignments";
import { submitAssignment } from "@/lib/assignments/submit-assignment";

export const POST = route(ops.submitAssignment, async ({ db, actor, params }) =>
  submitAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
