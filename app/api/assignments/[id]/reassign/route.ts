import { z } from "zod";
import { route } from "@/lib/http/route";
import { reassignAssignment } from "@/lib/assignments/reassign-assignment";

const ReassignInput = z.object({ annotatorId: z.string({ error: "must be a string" }).min(1, "is required").max(100) });

/** A manager moves an open assignment to another annotator: `{ annotatorId }` → the new assignment. */
export const POST = route({ permission: "articles.read", body: ReassignInput }, async ({ db, actor, params, body }) =>
  reassignAssignment({ db, actor, assignmentId: params.id ?? "", annotatorId: body.annotatorId }),
);
