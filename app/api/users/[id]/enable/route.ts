import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { setUserDisabled } from "@/lib/users/manage-account";

export const POST = route(ops.enableUser, async ({ db, actor, params }) =>
  setUserDisabled({ db, actor, userId: params.id ?? "", disabled: false }),
);
