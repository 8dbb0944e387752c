import { route } from "@/lib/http/route";
import { setUserDisabled } from "@/lib/users/manage-account";

/** Disables the account: its sessions and tokens stop working at once, sign-in is refused. */
export const POST = route({ permission: "users.manage" }, async ({ db, actor, params }) =>
  setUserDisabled({ db, actor, userId: params.id ?? "", disabled: true }),
);
