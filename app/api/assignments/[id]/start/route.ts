import { route } from "@/lib/http/route";
import { startAssignment } from "@/lib/assignments/start-assignment";

/** The annotator opens it: assigned → in progress; restarts the abandonment clock. */
export const POST = route({ permission: "claims.write" }, async ({ db, actor, params }) =>
  startAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
