/**
 * What the SQLite durability settings cost. The same mixed workload (concurrent callers, each
 * creating a claim, editing it, reading it and listing its article: two transactions with
 * their audit events, two plain reads) runs in-process through the domain functions against:
 *
 *   baseline  the client as it was: Prisma's better-sqlite3 adapter as is, WAL with the
 *             build's default synchronous=NORMAL, plain queries free to run inside another
 *             request's open transaction
 *   normal    the app's client (plain queries wait for open transactions) with synchronous=NORMAL
 *   app       the app's client as configured: synchronous=FULL (an fsync per commit)
 *
 * Each configuration gets a fresh database; they run interleaved, several times, and the median
 * operations per second and its ratio to the baseline are printed.
 *
 *   npx tsx bench/durability-bench.ts [--ops 600] [--concurrency 8] [--repeats 3]
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaBetterSqlite3 } from "@prisma/adapter-better-sqlite3";
import { createDb, type Db } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { deployMigrations } from "@/lib/db/migrate";
import { PrismaClient as SqliteClient } from "@/lib/db/generated/sqlite/client";
import { createClaim } from "@/lib/claims/create-claim";
import { updateClaim } from "@/lib/claims/update-claim";
import { getClaim } from "@/lib/claims/get-claim";
import { listArticleClaims } from "@/lib/claims/list-article-claims";
import { CreateClaimInput, UpdateClaimInput } from "@/lib/claims/schema";
import { seedCast } from "@/test/reliability/workload";

const { values } = parseArgs({
  options: {
    ops: { type: "string", default: "600" },
    concurrency: { type: "string", default: "8" },
    repeats: { type: "string", default: "3" },
  },
});
const OPS = Number(values.ops);
const CONCURRENCY = Number(values.concurrency);
const REPEATS = Number(values.repeats);

type Config = "baseline" | "normal" | "app";

async function open(config: Config, file: string): Promise<Db> {
  if (config === "baseline") {
    const omit = { user: { passwordHash: true }, apiToken: { tokenHash: true } } as const;
    return new SqliteClient({ adapter: new PrismaBetterSqlite3({ url: file, timeout: 5_000 }), omit });
  }
  const db = createDb(resolveDatabase(`file:${file}`));
  if (config === "normal") await db.$executeRawUnsafe("PRAGMA synchronous = NORMAL");
  return db;
}

/** Operations per second for one fresh database. */
async function measure(config: Config): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-durability-"));
  const file = path.join(dir, "bench.db");
  try {
    await deployMigrations(resolveDatabase(`file:${file}`));
    const db = await open(config, file);
    const cast = await seedCast(db, { provider: "sqlite", annotators: 1, reviewers: 0, articles: 1 });
    const author = await db.user.findFirstOrThrow({ select: { id: true, role: true } });
    const actor = { id: author.id, role: author.role as "annotator" };
    const article = cast.articles[0]!;
    let next = 0;
    let done = 0;
    const worker = async () => {
      while (next < OPS) {
        const word = article.words[next++ % article.words.length]!;
        const input = CreateClaimInput.parse({
          start: word.start,
          end: word.end,
          exact: article.text.slice(word.start, word.end),
          kind: "other",
        });
        const claim = await createClaim({ db, actor, articleId: article.id, input });
        await updateClaim({
          db,
          actor,
          id: claim.id,
          input: UpdateClaimInput.parse({ version: claim.version, note: "edited" }),
        });
        await getClaim({ db, actor, id: claim.id });
        await listArticleClaims({ db, actor, articleId: article.id });
        done += 4;
      }
    };
    const started = process.hrtime.bigint();
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    await db.$disconnect();
    return done / seconds;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const results: Record<Config, number[]> = { baseline: [], normal: [], app: [] };
for (let i = 0; i < REPEATS; i++) {
  for (const config of ["baseline", "normal", "app"] as const) results[config].push(await measure(config));
}
const base = median(results.baseline);
console.log(
  `${OPS} claims × 4 operations, ${CONCURRENCY} concurrent callers, median of ${REPEATS} (tmp dir: ${os.tmpdir()})`,
);
for (const config of ["baseline", "normal", "app"] as const) {
  const ops = median(results[config]);
  console.log(
    `${config.padEnd(9)} ${ops.toFixed(0).padStart(6)} ops/s   ratio to baseline ${(ops / base).toFixed(2)}   runs: ${results[config].map((x) => x.toFixed(0)).join(", ")}`,
  );
}
