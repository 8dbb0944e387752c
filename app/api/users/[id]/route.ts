import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { setUserRole } from "@/lib/users/set-user-role";

export const PATCH = route(ops.updateUser, async ({ db, actor, params, body }) =>
  setUserRole({ db, actor, userId: params.id ?? "", role: body.role, version: body.version }),
);
