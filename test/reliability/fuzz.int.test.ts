/**
 * Property-based fuzzing of every write route over real HTTP: near-valid bodies with hostile
 * values (offsets out of range or inside a surrogate pair, astral characters, combining marks,
 * right-to-left text, NUL, lone surrogates, megabyte strings, PostgreSQL int4 overflow), broken
 * transport (malformed or 10,000-level-deep JSON, wrong content types, empty and oversized
 * bodies) and random JSON. Every answer must be below 500, every 4xx must say what is wrong
 * (`error.code` and `error.message`), and afterwards every anchored claim's `exact` must still
 * be its article's `text.slice(start, end)`.
 *
 * The write routes are read from `app/api/**\/route.ts`: a new one without a target in
 * `fuzz/targets.ts` fails the first test. fast-check prints the seed and the shrunk request on
 * failure; rerun one with FUZZ_SEED=<seed> (and FUZZ_RUNS=<n> for a longer session;
 * FUZZ_VERBOSE=1 logs every request with its answer, and the statuses seen per route).
 */
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { buildFixture, type Fixture } from "./fuzz/fixture";
import { invariantViolations } from "./fuzz/invariants";
import { describeRequest, send } from "./fuzz/send";
import { targets } from "./fuzz/targets";
import { writeHandlers } from "./fuzz/write-routes";

/** Write handlers proven elsewhere instead of here, with the reason. */
const coveredElsewhere: Record<string, string> = {};

const RUNS = Number(process.env.FUZZ_RUNS ?? 20);
const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : undefined;

describe("fuzzing the write routes", () => {
  let fx: Fixture;
  const touched = { articles: new Set<string>(), clusters: new Set<string>() };
  const statuses = new Map<string, Map<number, number>>();

  beforeAll(async () => {
    fx = await buildFixture();
    for (const id of [...fx.articles.map((a) => a.id), fx.restoreArticle.id, fx.submitAllArticle])
      touched.articles.add(id);
    for (const c of fx.clusters) touched.clusters.add(c);
  });

  it("has a target for every write handler under app/api", () => {
    const handlers = writeHandlers();
    const fuzzed = new Set(targets.map((t) => `${t.route} ${t.method}`));
    const missing = [...handlers].filter((h) => !fuzzed.has(h) && !(h in coveredElsewhere)).sort();
    const stale = [...fuzzed, ...Object.keys(coveredElsewhere)].filter((t) => !handlers.has(t)).sort();
    expect(missing, "write handlers without a fuzz target in test/reliability/fuzz/targets.ts").toEqual([]);
    expect(stale, "fuzz targets for handlers that no longer exist").toEqual([]);
  });

  it.each(targets.map((t) => [`${t.method} /api/${t.route}`, t] as const))(
    "%s: never 5xx, every 4xx explains itself",
    async (name, target) => {
      const seen = new Map<number, number>();
      statuses.set(name, seen);
      let reachedDomain = 0;
      const property = fc.asyncProperty(target.requests(fx), async (req) => {
        const verdict = await send(target.method, req, fx.tokens);
        seen.set(verdict.status, (seen.get(verdict.status) ?? 0) + 1);
        if (verdict.reachedDomain) reachedDomain++;
        for (const id of verdict.created.articles) touched.articles.add(id);
        for (const id of verdict.created.clusters) touched.clusters.add(id);
        if (verdict.problem) throw new Error(`${describeRequest(target.method, req)}\n→ ${verdict.problem}`);
      });
      // Most requests are meant to be refused, so a short run can, by chance, have none that gets
      // through; keep going (new seeds) until one does, up to ten rounds. A generator that can never
      // produce a request the domain code sees still fails below.
      for (let round = 0; round < 10 && (round === 0 || reachedDomain === 0); round++) {
        await fc.assert(property, {
          numRuns: RUNS,
          seed: SEED === undefined ? undefined : SEED + round,
          endOnFailure: true,
        });
      }
      if (process.env.FUZZ_VERBOSE)
        console.log(`${name}: ${JSON.stringify([...seen].sort())}, ${reachedDomain} reached the domain code`);
      // The near-valid requests must reach the domain code, not only bounce off validation.
      expect(
        reachedDomain,
        `${name}: no request got past validation; statuses ${JSON.stringify([...seen])}`,
      ).toBeGreaterThan(0);
    },
  );

  it("leaves every claim's exact equal to its article's text.slice(start, end), and nothing half written", async () => {
    const problems = await invariantViolations(fx.tokens.annotator, {
      articles: [...touched.articles],
      clusters: [...touched.clusters],
    });
    expect(problems).toEqual([]);
  });
});
