import { route } from "@/lib/http/route";
import { resetUserPassword } from "@/lib/users/manage-account";

/**
 * Sets a temporary password, in this answer only: the user must replace it at their next
 * sign-in, and their sessions end.
 */
export const POST = route({ permission: "users.manage" }, async ({ db, actor, params }) =>
  resetUserPassword({ db, actor, userId: params.id ?? "" }),
);
