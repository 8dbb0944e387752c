import { route } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { ListClaimsQuery } from "@/lib/claims/schema";
import { listClaims } from "@/lib/claims/list-claims";

/**
 * One page of the claims table; filters, search and sort are query parameters. The claims of one
 * project (`projectId`, else the Default project) that the caller may see there.
 */
export const GET = route({ permission: "articles.read", query: ListClaimsQuery }, async ({ db, actor, query }) =>
  listClaims({ db, actor, query, provider: databaseProvider() }),
);
