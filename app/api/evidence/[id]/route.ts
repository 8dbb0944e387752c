import { route } from "@/lib/http/route";
import { deleteEvidence } from "@/lib/evidence/delete-evidence";

/** Deletes a link: its creator or an admin (403 otherwise). */
export const DELETE = route({ permission: "claims.write" }, async ({ db, actor, params }) =>
  deleteEvidence({ db, actor, id: params.id ?? "" }),
);
