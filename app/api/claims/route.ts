import { route } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { ListClaimsQuery } from "@/lib/claims/schema";
import { listClaims } from "@/lib/claims/list-claims";

/** One page of the claims table; filters, search and sort are query parameters. */
export const GET = route({ permission: "articles.read", query: ListClaimsQuery }, async ({ db, query }) =>
  listClaims({ db, query, provider: databaseProvider() }),
);
