import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/claims";
import { databaseProvider } from "@/lib/db/client";
import { listClaims } from "@/lib/claims/list-claims";

export const GET = route(ops.getClaims, async ({ db, actor, query }) =>
  listClaims({ db, actor, query, provider: databaseProvider() }),
);
