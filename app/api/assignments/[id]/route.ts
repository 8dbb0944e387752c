import { route } from "@/lib/http/route";
import { getAssignment } from "@/lib/assignments/get-assignment";

/** One assignment (its annotator, and the project's reviewers and managers). */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  getAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
