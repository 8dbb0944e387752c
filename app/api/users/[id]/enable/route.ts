import { route } from "@/lib/http/route";
import { setUserDisabled } from "@/lib/users/manage-account";

/** Enables a disabled account again (its old sessions stay ended). */
export const POST = route({ permission: "users.manage" }, async ({ db, actor, params }) =>
  setUserDisabled({ db, actor, userId: params.id ?? "", disabled: false }),
);
