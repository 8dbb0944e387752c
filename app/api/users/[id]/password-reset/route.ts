import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { resetUserPassword } from "@/lib/users/manage-account";

export const POST = route(ops.resetUserPassword, async ({ db, actor, params }) =>
  resetUserPassword({ db, actor, userId: params.id ?? "" }),
);
