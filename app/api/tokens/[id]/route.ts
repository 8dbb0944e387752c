import { route } from "@/lib/http/route";
import { can } from "@/lib/auth/permissions";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

/** Revokes one of the caller's tokens (admins may revoke anyone's). */
export const DELETE = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  revokeApiToken({ db, tokenId: params.id ?? "", userId: actor.id, anyOwner: can(actor, "users.manage") }),
);
