import { route } from "@/lib/http/route";
import { endUserSessions } from "@/lib/users/manage-account";

/** Signs the user out everywhere: every session ends (their API tokens are revoked separately). */
export const POST = route({ permission: "users.manage" }, async ({ db, actor, params }) =>
  endUserSessions({ db, actor, userId: params.id ?? "" }),
);
