import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { endUserSessions } from "@/lib/users/manage-account";

export const POST = route(ops.signOutUser, async ({ db, actor, params }) =>
  endUserSessions({ db, actor, userId: params.id ?? "" }),
);
