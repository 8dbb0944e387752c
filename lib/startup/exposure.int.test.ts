/**
 * Finding 5: a server others can reach refuses to run while a demo account still has the
 * published demo password, and says how to fix it; a local try-out on 127.0.0.1 runs.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { deployMigrations } from "@/lib/db/migrate";
import { freshDatabase } from "@/test/support/databases";
import { runCommand } from "@/test/support/cli";
import { startServer } from "@/test/support/server";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { seedUser } from "@/lib/seed/seed-user";

const root = path.resolve(import.meta.dirname, "../..");

describe("demo credentials on a server started for others", () => {
  it("refuses to start, names the accounts and the fix; runs once they have passwords of their own", async () => {
    const database = await freshDatabase("sqlite");
    try {
      await deployMigrations(resolveDatabase(database.url));
      const db = createDb(resolveDatabase(database.url));
      for (const demo of DEMO_USERS) await seedUser(db, { ...demo, password: "claimbench-demo" });
      await db.$disconnect();

      // (Served on 127.0.0.1 with a local NEXTAUTH_URL, the same accounts run: the e2e server does.)
      const exposed = { NEXTAUTH_URL: "https://claims.example.org" };
      const refused = await startServer({ databaseUrl: database.url, env: exposed }).then(
        async (s) => {
          await s.stop();
          return "started";
        },
        (error: Error) => error.message,
      );
      expect(refused).toMatch(
        /will not start: this server can be reached by others \(NEXTAUTH_URL is https:\/\/claims\.example\.org\)/,
      );
      for (const demo of DEMO_USERS) expect(refused).toContain(`user set-password --email ${demo.email}`);

      const cli = (...args: string[]) =>
        runCommand(path.join(root, "node_modules/.bin/tsx"), ["lib/cli/main.ts", ...args], {
          DATABASE_URL: database.url,
        });
      expect((await cli("user", "set-password", "--email", DEMO_USERS[0].email, "--password", "12345678")).err).toMatch(
        /most common passwords/,
      );
      expect(
        (await cli("user", "set-password", "--email", DEMO_USERS[0].email, "--password", "annotators-own-pass")).code,
      ).toBe(0);
      expect((await cli("user", "disable", "--email", DEMO_USERS[1].email)).code).toBe(0);
      expect(
        (await cli("user", "set-password", "--email", DEMO_USERS[2].email, "--password", "admins-own-pass")).code,
      ).toBe(0);

      const server = await startServer({ databaseUrl: database.url, env: exposed });
      await server.stop();
    } finally {
      await database.drop();
    }
  }, 150_000);
});
