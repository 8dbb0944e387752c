/**
 * Crash safety: concurrent writers, the server SIGKILLed mid-stream with requests in flight,
 * then the database checked as the crash left it and again after a restart. Every write that
 * was answered 2xx must be there as answered (a request in flight at the kill may or may not
 * have landed; both are fine), and nothing may exist half-written: no claim without its audit
 * event, no version bump without its event, no decision without its event, no orphan row.
 *
 * The server runs on its own fresh database, so the checks can cover every row in it.
 */
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it, inject } from "vitest";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { deployMigrations } from "@/lib/db/migrate";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { startServer, type RunningServer } from "@/test/support/server";
import { findDurabilityProblems } from "./verify";
import { newLedger, seedCast, startWriters, type Cast } from "./workload";

const provider = inject("testDatabase");
const ROUNDS = 2;
/** Acknowledged writes per round before the kill (claim creates, links, edits, submits, approvals). */
const WRITES_PER_ROUND = 120;
const CONCURRENCY = 8;

/** A client opened after the crash (on SQLite the first one replays the WAL), used once and closed. */
async function withFreshClient<T>(url: string, use: (db: Db) => Promise<T>): Promise<T> {
  const db = createDb(resolveDatabase(url));
  try {
    return await use(db);
  } finally {
    await db.$disconnect();
  }
}

async function answers(url: string): Promise<boolean> {
  try {
    await fetch(`${url}/api/health`);
    return true;
  } catch {
    return false;
  }
}

describe(`crash safety (${provider})`, () => {
  let database: TestDatabase;
  let server: RunningServer | undefined;
  let cast: Cast;

  beforeAll(async () => {
    database = await freshDatabase(provider);
    await deployMigrations(resolveDatabase(database.url));
    cast = await withFreshClient(database.url, (db) => seedCast(db, { provider }));
  });

  afterAll(async () => {
    await server?.stop("SIGKILL");
    await database?.drop();
  });

  it("keeps every acknowledged write, whole, across SIGKILLs mid-stream", { timeout: 300_000 }, async () => {
    const ledger = newLedger();
    for (let round = 1; round <= ROUNDS; round++) {
      const running = await startServer({ databaseUrl: database.url });
      server = running;
      const target = ledger.writes + WRITES_PER_ROUND;
      let reached!: () => void;
      const enough = new Promise<void>((resolve) => (reached = resolve));
      const writers = startWriters({
        url: running.url,
        cast,
        ledger,
        concurrency: CONCURRENCY,
        onAck: (writes) => writes >= target && reached(),
      });
      await Promise.race([enough, writers.done]);

      // The writers are still sending: up to CONCURRENCY requests are in flight right now.
      const exited = once(running.process, "exit");
      running.process.kill("SIGKILL");
      const [, signal] = (await exited) as [number | null, NodeJS.Signals | null];
      await writers.done;
      expect(signal).toBe("SIGKILL");
      expect(await answers(running.url), "nothing may still answer on the killed server's port").toBe(false);
      expect(ledger.unexpected, "answers other than 2xx before the kill").toEqual([]);
      expect(ledger.writes).toBeGreaterThanOrEqual(target);

      // As the crash left it, before anything restarts.
      expect(
        await withFreshClient(database.url, (db) => findDurabilityProblems({ db, provider, ledger })),
        `after kill ${round}`,
      ).toEqual([]);
    }

    // Restarted on the same database: every acknowledged claim reads back through the API.
    const restarted = await startServer({ databaseUrl: database.url });
    server = restarted;
    const token = cast.annotators[0]!;
    const ids = [...ledger.claims.keys()];
    const misses: string[] = [];
    for (let i = 0; i < ids.length; i += CONCURRENCY) {
      await Promise.all(
        ids.slice(i, i + CONCURRENCY).map(async (id) => {
          const res = await fetch(`${restarted.url}/api/claims/${id}`, {
            headers: { authorization: `Bearer ${token}` },
          });
          const body = (await res.json()) as { version?: number; exact?: string };
          const acked = ledger.claims.get(id)!;
          if (res.status !== 200 || (body.version ?? 0) < acked.version || body.exact !== acked.exact)
            misses.push(`${id}: ${res.status} v${body.version}`);
        }),
      );
    }
    expect(misses).toEqual([]);
    // And the restarted server can carry on writing on top of what the crashes left.
    const before = ledger.writes;
    let carriedOn!: () => void;
    const tenMore = new Promise<void>((resolve) => (carriedOn = resolve));
    const more = startWriters({
      url: restarted.url,
      cast,
      ledger,
      concurrency: 2,
      onAck: (writes) => writes >= before + 10 && carriedOn(),
    });
    await Promise.race([tenMore, more.done]);
    more.stop();
    await more.done;
    expect(ledger.unexpected).toEqual([]);
    expect(ledger.writes).toBeGreaterThanOrEqual(before + 10);
    expect(
      await withFreshClient(database.url, (db) => findDurabilityProblems({ db, provider, ledger })),
      "after restart",
    ).toEqual([]);
    expect(ledger.claims.size).toBeGreaterThan(ROUNDS * 20);

    // The checks can fail: a claim written without its audit event, and an acknowledged claim
    // that is not there, are both reported.
    const [article] = cast.articles;
    const word = article!.words[0]!;
    const author = await withFreshClient(database.url, (db) =>
      db.user.findFirstOrThrow({ where: { role: "annotator" }, select: { id: true } }),
    );
    const unaudited = await withFreshClient(database.url, (db) =>
      db.claim.create({
        data: {
          articleId: article!.id,
          start: word.start,
          end: word.end,
          exact: article!.text.slice(word.start, word.end),
          prefix: "",
          suffix: "",
          kind: "other",
          authorId: author.id,
        },
      }),
    );
    const lost = { ...ledger.claims.values().next().value!, id: "lostclaimthatwasneverwritten" };
    ledger.claims.set(lost.id, lost);
    const problems = await withFreshClient(database.url, (db) => findDurabilityProblems({ db, provider, ledger }));
    expect(problems).toEqual(
      expect.arrayContaining([
        `claim ${unaudited.id}: 0 claim.create events`,
        `claim ${lost.id}: acknowledged (${lost.step}) but missing`,
      ]),
    );
  });
});
