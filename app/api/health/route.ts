import { route } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { appVersion } from "@/lib/version";

export const dynamic = "force-dynamic";

/**
 * Liveness plus a real round trip to the database. Anonymous callers learn only that it is up;
 * the database and the version (which tell an attacker what to try) are for signed-in users.
 */
export const GET = route({ permission: null }, async ({ db, actor }) => {
  await db.user.count({ take: 1 });
  return actor ? { ok: true, database: databaseProvider(), version: appVersion } : { ok: true };
});
