/**
 * A fresh SQLite database for the reader bench, filled through the domain functions the app
 * uses (`createArticle`, `createClaim`), so the page reads exactly what production would store.
 */
import type { TestDatabase } from "@/test/support/databases";
import { createClaim } from "@/lib/claims/create-claim";
import type { ClaimSpan } from "@/lib/editor/claim-spans";
import { seedBenchUser, type BenchAccount } from "../support/accounts";
import { benchArticleDatabase } from "../support/app";
import { generateClaims, type ClaimMix } from "./generate";

/** The admin who imports the article and makes its first claims: the bench signs in as them. */
export const READER_BENCH_USER = { email: "bench-annotator@claimbench.test", name: "Bench Annotator" };

export interface BenchData {
  database: TestDatabase;
  user: BenchAccount;
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
  const { database, db, user, article } = await benchArticleDatabase({
    chars,
    seed,
    title: `Reader bench: ${chars.toLocaleString("en-US")} characters, ${claims.toLocaleString("en-US")} claims`,
    user: READER_BENCH_USER,
  });
  try {
    // An author may not tag the same span twice, so each repeat of a span is another annotator's.
    const authors = [user];
    const author = async (n: number) => {
      while (authors.length <= n) {
        const i = authors.length;
        const email = `bench-annotator-${i}@claimbench.test`;
        authors.push(await seedBenchUser(db, { email, name: `Bench Annotator ${i}`, role: "admin" }));
      }
      return authors[n] ?? user;
    };
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
    return { database, user, articleId: article.id, text: article.text, spans, mix };
  } finally {
    await db.$disconnect();
  }
}
