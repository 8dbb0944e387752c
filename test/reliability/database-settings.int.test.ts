import { afterAll, describe, expect, it, inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { SQLITE_PRAGMAS } from "@/lib/db/sqlite-adapter";
import { uniqueEmail } from "@/test/support/http";

// The app's own client on the test database: what the server runs with, asserted from inside.
const db = createDb(resolveDatabase(inject("databaseUrl")));
afterAll(() => db.$disconnect());

const one = async (sql: string) => {
  const rows = (await db.$queryRawUnsafe(sql)) as Record<string, unknown>[];
  const value = Object.values(rows[0] ?? {})[0];
  return typeof value === "bigint" ? Number(value) : value;
};

describe.runIf(inject("testDatabase") === "sqlite")("SQLite connection settings", () => {
  it("runs in WAL mode with synchronous FULL, foreign keys on and a busy timeout", async () => {
    expect(await one("PRAGMA journal_mode")).toBe(SQLITE_PRAGMAS.journal_mode);
    expect(await one("PRAGMA synchronous")).toBe(SQLITE_PRAGMAS.synchronous);
    expect(await one("PRAGMA foreign_keys")).toBe(SQLITE_PRAGMAS.foreign_keys);
    expect(await one("PRAGMA busy_timeout")).toBe(SQLITE_PRAGMAS.busy_timeout);
  });

  it("refuses a row whose foreign key points nowhere", async () => {
    await expect(
      db.apiToken.create({
        data: { userId: "no-such-user", name: "orphan", tokenHash: `orphan-${uniqueEmail("fk")}`, prefix: "x" },
      }),
    ).rejects.toThrow();
  });
});

describe.runIf(inject("testDatabase") === "postgresql")("PostgreSQL pool settings", () => {
  it("bounds statements and idle transactions on every pooled connection", async () => {
    // Several at once so more than one pooled connection answers.
    const answers = await Promise.all(Array.from({ length: 4 }, () => one("SHOW statement_timeout")));
    expect(new Set(answers)).toEqual(new Set(["30s"]));
    expect(await one("SHOW idle_in_transaction_session_timeout")).toBe("1min");
    expect(await one("SHOW synchronous_commit")).toBe("on");
  });
});

describe("transactions and plain writes from concurrent requests", () => {
  it("keeps a plain write made while another request's transaction is open, when that transaction rolls back", async () => {
    const inside = uniqueEmail("inside");
    const outside = uniqueEmail("outside");
    let opened!: () => void;
    const open = new Promise<void>((resolve) => (opened = resolve));
    const failing = db
      .$transaction(async (tx) => {
        await tx.signInAttempt.create({ data: { email: inside, ip: "test", success: false } });
        opened();
        // Give the plain write below every chance to run while this transaction is open.
        await new Promise((resolve) => setTimeout(resolve, 200));
        throw new Error("rolled back on purpose");
      })
      .catch((error: Error) => error.message);
    await open;
    await db.signInAttempt.create({ data: { email: outside, ip: "test", success: true } });
    expect(await failing).toBe("rolled back on purpose");

    const kept = await db.signInAttempt.findMany({
      where: { email: { in: [inside, outside] } },
      select: { email: true },
    });
    expect(kept.map((row) => row.email)).toEqual([outside]);
  });
});
