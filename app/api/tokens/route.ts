import { route, json } from "@/lib/http/route";
import { CreateTokenInput } from "@/lib/tokens/schema";
import { createApiToken } from "@/lib/tokens/create-api-token";
import { listApiTokens } from "@/lib/tokens/list-api-tokens";

// Any signed-in user manages their own tokens; articles.read is the permission every role has.
export const GET = route({ permission: "articles.read" }, async ({ db, actor }) => ({
  items: await listApiTokens({ db, userId: actor.id }),
}));

/** The response is the only place the token's secret ever appears. Only from a session, never from a token. */
export const POST = route({ permission: "articles.read", body: CreateTokenInput }, async ({ db, actor, body }) =>
  json(await createApiToken({ db, userId: actor.id, input: body, viaTokenId: actor.tokenId }), 201),
);
