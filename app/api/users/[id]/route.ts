import { route } from "@/lib/http/route";
import { SetRoleInput } from "@/lib/users/schema";
import { setUserRole } from "@/lib/users/set-user-role";

/** Changes a user's role: `{ role, version? }`. */
export const PATCH = route({ permission: "users.manage", body: SetRoleInput }, async ({ db, actor, params, body }) =>
  setUserRole({ db, actor, userId: params.id ?? "", role: body.role, version: body.version }),
);
