/**
 * A fresh SQLite database for the reader bench, filled through the domain functions the app
 * uses (`createArticle`, `createClaim`), so the page reads exactly what production would store.
 */
import { resolveDatabase } from "@/lib/db/config";
import { createDb } from "@/lib/db/client";
import { deployMigrations } from "@/lib/db/migrate";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { createArticle } from "@/lib/articles/create-article";
import { createClaim } from "@/lib/claims/create-claim";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { seedUser } from "@/lib/seed/seed-user";
import { generateArticle, generateClaims, type ClaimMix } from "./generate";

export const BENCH_USER = {
  email: "bench-annotator@claimbench.test",
  name: "Bench Annotator",
  role: "admin" as const,
  password: "bench-password-0123",
};

export interface BenchData {
  database: TestDatabase;
  articleId: string;
  text: string;
  spans: ClaimSpan[];
  mix: Omit<ClaimMix, "claims">;
}

export async function createBenchData({
  chars,
  claims,
  seed,
}: {
  chars: number;
  claims: number;
  seed: number;
}): Promise<BenchData> {
  const database = await freshDatabase("sqlite");
  const config = resolveDatabase(database.url);
  await deployMigrations(config);
  const db = createDb(config);
  try {
    const { user } = await seedUser(db, BENCH_USER);
    // An author may not tag the same span twice, so each repeat of a span is another annotator's.
    const authors = [user];
    const author = async (n: number) => {
      while (authors.length <= n) {
        const i = authors.length;
        const email = `bench-annotator-${i}@claimbench.test`;
        authors.push((await seedUser(db, { ...BENCH_USER, email, name: `Bench Annotator ${i}` })).user);
      }
      return authors[n] ?? user;
    };
    const created = await createArticle({
      db,
      actor: { id: user.id },
      input: {
        title: `Reader bench: ${chars.toLocaleString("en-US")} characters, ${claims.toLocaleString("en-US")} claims`,
        text: generateArticle(seed, chars),
      },
    });
    const article = await db.article.findUniqueOrThrow({
      where: { id: created.article.id },
      select: { id: true, text: true },
    });
    const { claims: generated, ...mix } = generateClaims(article.text, claims, seed + 1);
    const spans: ClaimSpan[] = [];
    const taken = new Map<string, number>();
    for (const c of generated) {
      const key = `${c.start}:${c.end}`;
      const repeat = taken.get(key) ?? 0;
      taken.set(key, repeat + 1);
      const claim = await createClaim({
        db,
        actor: { id: (await author(repeat)).id, role: "annotator" },
        articleId: article.id,
        input: { start: c.start, end: c.end, exact: article.text.slice(c.start, c.end), kind: c.kind },
      });
      spans.push({ id: claim.id, start: claim.start, end: claim.end, kind: claim.kind });
    }
    return { database, articleId: article.id, text: article.text, spans, mix };
  } finally {
    await db.$disconnect();
  }
}
