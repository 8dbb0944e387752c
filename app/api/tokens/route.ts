import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

// Any signed-in user manages their own tokens; articles.read is the permission every role has.
export const GET = route(ops.getTokens, async ({ db, actor }) => ({
  items: await listApiTokens({ db, userId: actor.id }),
}));

export const POST = route(ops.createToken, async ({ db, actor, body }) =>
  json(await createApiToken({ db, userId: actor.id, input: body, viaTokenId: actor.tokenId }), 201),
);
