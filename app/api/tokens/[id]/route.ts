import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { can } from "@/lib/auth/permissions";
import { revokeApiToken } from "@/lib/tokens/revoke-api-token";

export const DELETE = route(ops.deleteToken, async ({ db, actor, params }) =>
  revokeApiToken({ db, tokenId: params.id ?? "", userId: actor.id, anyOwner: can(actor, "users.manage") }),
);
