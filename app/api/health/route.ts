import { route } from "@/lib/http/route";
import { databaseProvider } from "@/lib/db/client";
import { appVersion } from "@/lib/version";

export const dynamic = "force-dynamic";

/** Liveness plus a real round trip to the database. */
export const GET = route({ permission: null }, async ({ db }) => {
  await db.user.count({ take: 1 });
  return { ok: true, database: databaseProvider(), version: appVersion };
});
