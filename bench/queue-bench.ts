/**
 * Queue bench: "Next article" under many concurrent annotators on a large project, and the
 * manager's assignment matrix and dashboard on it.
 *
 * 1. Take: a project of --articles articles with N = --per-article annotators each (blind),
 *    --annotators annotator members with API tokens. Every annotator loops for --seconds:
 *    POST /api/projects/{id}/queue/next, then POST /api/assignments/{id}/submit, until the pool
 *    is empty for them (204), after --warmup seconds of the same unmeasured. Reported: p50/p99 of "Next article", takes per second, and the
 *    invariants checked in the database afterwards: no article with more than N assignments,
 *    every slot counter equal to its rows, no annotator twice on one article (the unique key).
 *    Baseline, in the same run: the same clients against a bare `node:http` server doing the same
 *    atomic take with the bare driver (bench/load/baseline-queue.ts says exactly what), on its
 *    own database seeded the same way. Printed: app/baseline throughput and p99 ratios.
 * 2. Pages: every article then gets its N assignments (states spread over assigned, in
 *    progress, submitted), and the matrix's first, middle and last pages and the dashboard are
 *    timed (median of --repeat), against the same on a project of 100 articles in the same
 *    database: a ratio near 1 says no query grows with the project's size per page.
 *
 *   NEXT_DIST_DIR=.next-bench npx next build   # once
 *   NEXT_DIST_DIR=.next-bench npx tsx bench/queue-bench.ts [--articles 10000] [--annotators 64]
 *       [--per-article 3] [--seconds 20] [--warmup 3] [--repeat 9] [--db sqlite|postgresql|both]
 *   (PostgreSQL on TEST_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/postgres)
 *
 * Exits non-zero on any over-assignment, 5xx or unexpected status.
 */
import os from "node:os";
import { randomBytes, randomInt } from "node:crypto";
import { parseArgs } from "node:util";
import { resolveDatabase } from "@/lib/db/config";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { startServer } from "@/test/support/server";
import { startBaseline } from "./load/baseline-process";
import { articleText } from "./load/fixture";
import { seedBenchUser } from "./support/accounts";

const { values: args } = parseArgs({
  options: {
    articles: { type: "string", default: "10000" },
    annotators: { type: "string", default: "64" },
    "per-article": { type: "string", default: "3" },
    seconds: { type: "string", default: "20" },
    warmup: { type: "string", default: "3" },
    repeat: { type: "string", default: "9" },
    db: { type: "string", default: "both" },
  },
});
const ARTICLES = Number(args.articles);
const ANNOTATORS = Number(args.annotators);
const PER_ARTICLE = Number(args["per-article"]);
const SECONDS = Number(args.seconds);
const REPEAT = Number(args.repeat);
const WARMUP = Number(args.warmup);
process.env.TEST_DATABASE_URL ??= "postgresql://postgres@127.0.0.1:5432/postgres";

interface Fixture {
  projectId: string;
  smallProjectId: string;
  manager: string;
  annotators: { id: string; token: string }[];
}

/** Writes the project, its articles, members and tokens straight into a migrated database. */
async function seed(url: string): Promise<Fixture> {
  const { createDb } = await import("@/lib/db/client");
  const { createProject } = await import("@/lib/projects/create-project");
  process.env.DATABASE_URL = url;
  const db = createDb(resolveDatabase(url));
  const tag = randomBytes(3).toString("hex");
  try {
    const admin = await seedBenchUser(db, {
      email: `queue-admin-${tag}@claimbench.test`,
      name: "Queue manager",
      role: "admin",
      token: "queue bench",
    });
    const project = async (name: string, articles: number) => {
      const made = await createProject({
        db,
        actor: { id: admin.id, role: "admin" },
        input: { name, description: "", licence: "", annotatorsPerArticle: PER_ARTICLE, blind: true },
      });
      const ids: string[] = [];
      for (let from = 0; from < articles; from += 1000) {
        const rows = Array.from({ length: Math.min(1000, articles - from) }, (_, k) => {
          const text = articleText(from + k + 1, 40);
          return {
            id: `q${tag}${name.length}x${from + k}`,
            title: `Queue article ${from + k}`,
            text,
            rawOriginal: text,
            contentHash: `${tag}-${name}-${from + k}`,
            wordCount: 40,
          };
        });
        await db.article.createMany({ data: rows });
        ids.push(...rows.map((r) => r.id));
      }
      for (let from = 0; from < ids.length; from += 1000) {
        await db.projectArticle.createMany({
          data: ids.slice(from, from + 1000).map((articleId, k) => ({
            projectId: made.id,
            articleId,
            targetAnnotators: PER_ARTICLE,
            blind: true,
            shuffleKey: randomInt(1_000_000),
            addedAt: new Date(Date.UTC(2026, 0, 1) + from + k),
          })),
        });
      }
      return made.id;
    };
    const projectId = await project(`Queue ${tag}`, ARTICLES);
    const smallProjectId = await project(`Queue small ${tag}`, 100);
    const annotators = [];
    for (let i = 0; i < ANNOTATORS; i++) {
      const { id, token } = await seedBenchUser(db, {
        email: `queue-annotator-${i}-${tag}@claimbench.test`,
        name: `Annotator ${i}`,
        role: "annotator",
        token: "queue bench",
      });
      annotators.push({ id, token: token! });
    }
    for (const id of [projectId, smallProjectId]) {
      await db.projectMember.createMany({
        data: annotators.map((a) => ({
          projectId: id,
          userId: a.id,
          role: "annotator",
          shuffleSeed: randomInt(1_000_000),
        })),
      });
    }
    return { projectId, smallProjectId, manager: admin.token!, annotators };
  } finally {
    await db.$disconnect();
  }
}

const quantile = (sorted: number[], q: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! : NaN;

interface TakeResult {
  takes: number;
  latencies: number[];
  unexpected: Map<string, number>;
  seconds: number;
}

/** Every annotator takes and submits until the time is up or the pool is empty for them. */
async function takeLoop(baseUrl: string, fixture: Fixture, seconds = SECONDS): Promise<TakeResult> {
  const latencies: number[] = [];
  const unexpected = new Map<string, number>();
  const note = (what: string) => unexpected.set(what, (unexpected.get(what) ?? 0) + 1);
  let takes = 0;
  const started = performance.now();
  const deadline = started + seconds * 1000;
  await Promise.all(
    fixture.annotators.map(async ({ token }) => {
      const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };
      while (performance.now() < deadline) {
        const t0 = performance.now();
        let res: Response;
        let body: string;
        try {
          res = await fetch(`${baseUrl}/api/projects/${fixture.projectId}/queue/next`, {
            method: "POST",
            headers,
            body: "{}",
          });
          body = await res.text();
        } catch (error) {
          // A dropped connection is an unexpected answer (reported, and the bench fails), not a crash.
          const cause = (error as { cause?: { code?: string } }).cause?.code ?? String(error);
          note(`next: no answer (${cause})`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          continue;
        }
        latencies.push(performance.now() - t0);
        if (res.status === 204) return;
        // 201: a new slot taken; 200: the caller's open assignment resumed (none here: each is submitted).
        if (res.status !== 201 && res.status !== 200) {
          note(`next ${res.status} ${body.slice(0, 120)}`);
          continue;
        }
        takes++;
        const { id } = JSON.parse(body) as { id: string };
        try {
          const submitted = await fetch(`${baseUrl}/api/assignments/${id}/submit`, {
            method: "POST",
            headers,
            body: "{}",
          });
          if (submitted.status !== 200) note(`submit ${submitted.status} ${(await submitted.text()).slice(0, 120)}`);
          else await submitted.arrayBuffer();
        } catch (error) {
          note(`submit: no answer (${(error as { cause?: { code?: string } }).cause?.code ?? String(error)})`);
        }
      }
    }),
  );
  return {
    takes,
    latencies: latencies.sort((a, b) => a - b),
    unexpected,
    seconds: (performance.now() - started) / 1000,
  };
}

/** The invariants, read straight from the database. */
async function invariants(url: string, projectId: string) {
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(resolveDatabase(url));
  try {
    const over = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT COUNT(*) AS "n" FROM (SELECT "articleId" FROM "Assignment" WHERE "projectId" = $1 AND "state" <> 'returned'
         GROUP BY "articleId" HAVING COUNT(*) > ${PER_ARTICLE}) t`.replace("$1", `'${projectId}'`),
    );
    const drift = await db.$queryRawUnsafe<{ n: bigint | number }[]>(
      `SELECT COUNT(*) AS "n" FROM "ProjectArticle" pa WHERE pa."projectId" = '${projectId}' AND pa."activeAssignments" <>
         (SELECT COUNT(*) FROM "Assignment" a WHERE a."projectId" = pa."projectId" AND a."articleId" = pa."articleId" AND a."state" <> 'returned')`,
    );
    const total = await db.assignment.count({ where: { projectId } });
    return { overAssigned: Number(over[0]?.n ?? 0), counterDrift: Number(drift[0]?.n ?? 0), assignments: total };
  } finally {
    await db.$disconnect();
  }
}

/** Gives every article of both projects its N assignments, so the pages show a full project. */
async function fillAssignments(url: string, fixture: Fixture) {
  const { createDb } = await import("@/lib/db/client");
  const db = createDb(resolveDatabase(url));
  const states = ["assigned", "in_progress", "submitted"];
  try {
    for (const projectId of [fixture.projectId, fixture.smallProjectId]) {
      const articles = await db.projectArticle.findMany({
        where: { projectId },
        select: { articleId: true, activeAssignments: true },
      });
      const held = new Set(
        (await db.assignment.findMany({ where: { projectId }, select: { articleId: true, annotatorId: true } })).map(
          (a) => `${a.articleId} ${a.annotatorId}`,
        ),
      );
      const rows = [];
      for (const [i, a] of articles.entries()) {
        let need = PER_ARTICLE - a.activeAssignments;
        for (let k = 0; need > 0 && k < fixture.annotators.length; k++) {
          const annotatorId = fixture.annotators[(i + k) % fixture.annotators.length]!.id;
          if (held.has(`${a.articleId} ${annotatorId}`)) continue;
          const state = states[(i + k) % states.length]!;
          rows.push({
            projectId,
            articleId: a.articleId,
            annotatorId,
            state,
            submittedAt: state === "submitted" ? new Date() : null,
            startedAt: state === "assigned" ? null : new Date(),
          });
          need--;
        }
      }
      for (let from = 0; from < rows.length; from += 1000)
        await db.assignment.createMany({ data: rows.slice(from, from + 1000) });
      await db.$executeRawUnsafe(
        `UPDATE "ProjectArticle" SET "activeAssignments" = ${PER_ARTICLE}, "state" = 'full' WHERE "projectId" = '${projectId}'`,
      );
    }
  } finally {
    await db.$disconnect();
  }
}

async function timePage(url: string, token: string): Promise<number> {
  const times: number[] = [];
  let dropped = 0;
  for (let i = 0; i < REPEAT + 1; i++) {
    const t0 = performance.now();
    let res: Response;
    try {
      res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
    } catch (error) {
      // A kept-alive connection the server closed as it was reused (its 5 s idle timeout firing
      // late on a loaded machine): the GET is asked again on a new connection and timed anew.
      if (++dropped > 3) throw error;
      i--;
      continue;
    }
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`${url}: ${res.status}`);
    if (i > 0) times.push(performance.now() - t0); // the first warms up
  }
  return quantile(
    times.sort((a, b) => a - b),
    0.5,
  );
}

const ms = (n: number) => `${n.toFixed(n < 10 ? 2 : 1)} ms`;
const loadavg = () =>
  os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

function reportTakes(label: string, r: TakeResult) {
  const rate = r.takes / r.seconds;
  console.log(
    `  ${label.padEnd(36)} ${String(r.takes).padStart(6)} takes in ${r.seconds.toFixed(1)} s = ${rate.toFixed(1)}/s; next p50 ${ms(quantile(r.latencies, 0.5))}, p99 ${ms(quantile(r.latencies, 0.99))}`,
  );
  for (const [what, n] of r.unexpected) console.log(`    ${n} × ${what}`);
  return rate;
}

async function benchProvider(provider: "sqlite" | "postgresql"): Promise<boolean> {
  const { deployMigrations } = await import("@/lib/db/migrate");
  const databases: TestDatabase[] = [];
  let clean = true;
  try {
    const appDb = await freshDatabase(provider);
    databases.push(appDb);
    const baseDb = await freshDatabase(provider);
    databases.push(baseDb);
    await deployMigrations(resolveDatabase(appDb.url));
    await deployMigrations(resolveDatabase(baseDb.url));
    const t0 = performance.now();
    const appFixture = await seed(appDb.url);
    const baseFixture = await seed(baseDb.url);
    console.log(
      `\n${provider}: ${ARTICLES.toLocaleString("en-US")} articles × N = ${PER_ARTICLE}, ${ANNOTATORS} annotators, ${SECONDS} s (seeded in ${((performance.now() - t0) / 1000).toFixed(0)} s; load average ${loadavg()})`,
    );

    const server = await startServer({ databaseUrl: appDb.url });
    let app: TakeResult;
    let pages: Record<string, number> = {};
    try {
      await takeLoop(server.url, appFixture, WARMUP);
      app = await takeLoop(server.url, appFixture);
      await fillAssignments(appDb.url, appFixture);
      const last = Math.ceil(ARTICLES / 50);
      const big = appFixture.projectId;
      const small = appFixture.smallProjectId;
      const at = (project: string, path: string) => `${server.url}/api/projects/${project}${path}`;
      pages = {
        "matrix, page 1 (50 articles)": await timePage(at(big, "/assignments?page=1&pageSize=50"), appFixture.manager),
        "matrix, middle page": await timePage(
          at(big, `/assignments?page=${Math.ceil(last / 2)}&pageSize=50`),
          appFixture.manager,
        ),
        "matrix, last page": await timePage(at(big, `/assignments?page=${last}&pageSize=50`), appFixture.manager),
        dashboard: await timePage(at(big, "/dashboard"), appFixture.manager),
        "small: matrix, page 1": await timePage(at(small, "/assignments?page=1&pageSize=50"), appFixture.manager),
        "small: dashboard": await timePage(at(small, "/dashboard"), appFixture.manager),
      };
    } finally {
      // A server that died mid-run says why here.
      if (server.process.exitCode !== null)
        console.log(`  app server exited (${server.process.exitCode}):\n${server.output().slice(-2000)}`);
      await server.stop();
    }
    const baseline = await startBaseline(baseDb.url);
    let base: TakeResult;
    try {
      await takeLoop(baseline.url, baseFixture, WARMUP);
      base = await takeLoop(baseline.url, baseFixture);
    } finally {
      await baseline.stop();
    }
    const appChecks = await invariants(appDb.url, appFixture.projectId);
    const baseChecks = await invariants(baseDb.url, baseFixture.projectId);

    const appRate = reportTakes("app (next start)", app);
    const baseRate = reportTakes(`baseline (node:http + ${provider === "sqlite" ? "better-sqlite3" : "pg"})`, base);
    console.log(
      `  throughput baseline/app: ${(baseRate / appRate).toFixed(2)}×; p99 app/baseline: ${(quantile(app.latencies, 0.99) / quantile(base.latencies, 0.99)).toFixed(2)}×`,
    );
    console.log(
      `  after the run: app ${appChecks.overAssigned} over-assigned articles, ${appChecks.counterDrift} slot counters off; baseline ${baseChecks.overAssigned}, ${baseChecks.counterDrift}`,
    );
    console.log(
      `  pages, ${ARTICLES.toLocaleString("en-US")} articles × ${PER_ARTICLE} assignments, median of ${REPEAT}:`,
    );
    for (const [name, t] of Object.entries(pages)) console.log(`    ${name.padEnd(30)} ${ms(t)}`);
    const growth = (pages["matrix, last page"] ?? NaN) / (pages["small: matrix, page 1"] ?? NaN);
    const dashGrowth = (pages.dashboard ?? NaN) / (pages["small: dashboard"] ?? NaN);
    console.log(
      `    large/small (${ARTICLES.toLocaleString("en-US")} against 100 articles): matrix last page ${growth.toFixed(2)}×, dashboard ${dashGrowth.toFixed(2)}×`,
    );
    clean =
      appChecks.overAssigned + appChecks.counterDrift + baseChecks.overAssigned + baseChecks.counterDrift === 0 &&
      app.unexpected.size + base.unexpected.size === 0;
    return clean;
  } finally {
    for (const database of databases) await database.drop();
  }
}

const providers: ("sqlite" | "postgresql")[] =
  args.db === "both" ? ["sqlite", "postgresql"] : [args.db as "sqlite" | "postgresql"];
let ok = true;
for (const provider of providers) ok = (await benchProvider(provider)) && ok;
if (!ok) {
  console.error("\nqueue bench: an invariant failed or a request answered unexpectedly (see above)");
  process.exitCode = 1;
}
