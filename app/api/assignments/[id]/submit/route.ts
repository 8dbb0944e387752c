import { route } from "@/lib/http/route";
import { submitAssignment } from "@/lib/assignments/submit-assignment";

/** The annotator submits it with all its draft claims; a claim missing a required attribute → 422 naming it. */
export const POST = route({ permission: "claims.write" }, async ({ db, actor, params }) =>
  submitAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
