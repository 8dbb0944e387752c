import { route } from "@/lib/http/route";
import { returnAssignment } from "@/lib/assignments/return-assignment";

/** A manager returns an open assignment to the pool (its claims stay with it). */
export const POST = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  returnAssignment({ db, actor, assignmentId: params.id ?? "" }),
);
