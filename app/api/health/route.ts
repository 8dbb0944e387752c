import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/accounts";
import { databaseProvider } from "@/lib/db/client";
import { appVersion } from "@/lib/version";

export const dynamic = "force-dynamic";

export const GET = route(ops.getHealth, async ({ db, actor }) => {
  await db.user.count({ take: 1 });
  return actor ? { ok: true, database: databaseProvider(), version: appVersion } : { ok: true };
});
