/**
 * What the load clients work with: articles, annotator and reviewer accounts with API tokens,
 * written through the app's own domain functions (set-up, not measured). The app's database and
 * the baseline's are seeded the same way, so both serve the same rows.
 */
import { randomBytes } from "node:crypto";
import { resolveDatabase } from "@/lib/db/config";
import { mulberry32 } from "../random";
import { seedBenchUser } from "../support/accounts";

export interface LoadUser {
  id: string;
  token: string;
}

export interface LoadFixture {
  articleIds: string[];
  annotators: LoadUser[];
  reviewers: LoadUser[];
}

const SYLLABLES = [
  "ka",
  "lo",
  "mi",
  "ser",
  "tan",
  "vo",
  "rei",
  "dun",
  "pa",
  "gor",
  "li",
  "ne",
  "sho",
  "ba",
  "tir",
  "ul",
  "fen",
  "da",
  "rom",
  "is",
];
const COMMON = [
  "the",
  "of",
  "and",
  "to",
  "in",
  "a",
  "said",
  "that",
  "on",
  "for",
  "was",
  "with",
  "people",
  "officials",
  "city",
];

/**
 * A distinct letters-only article of about `words` words in paragraphs (no digits, so the
 * claim spotter finds no figures; random vocabulary, so near-duplicate detection merges nothing).
 */
export function articleText(seed: number, words = 600): string {
  const rng = mulberry32(seed);
  const vocab = Array.from({ length: 400 }, () =>
    Array.from({ length: 2 + Math.floor(rng() * 3) }, () => SYLLABLES[Math.floor(rng() * SYLLABLES.length)]).join(""),
  );
  const word = () =>
    (rng() < 0.3 ? COMMON[Math.floor(rng() * COMMON.length)] : vocab[Math.floor(rng() * vocab.length)]) as string;
  const paragraphs: string[] = [];
  let left = words;
  while (left > 0) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 && left > 0; s++) {
      const n = Math.min(left, 10 + Math.floor(rng() * 15));
      left -= n;
      const text = Array.from({ length: n }, word).join(" ");
      sentences.push(`${text.charAt(0).toUpperCase()}${text.slice(1)}.`);
    }
    paragraphs.push(sentences.join(" "));
  }
  return paragraphs.join("\n\n");
}

/** Seeds one database (already migrated) and returns the ids and token secrets the clients use. */
export async function seedLoadFixture(
  url: string,
  options: { articles: number; annotators: number; reviewers: number },
): Promise<LoadFixture> {
  const { createDb } = await import("@/lib/db/client");
  const { seedArticle } = await import("@/lib/seed/seed-article");
  // createArticle picks its import lock's SQL by DATABASE_URL's provider, not by the client's.
  process.env.DATABASE_URL = url;
  const db = createDb(resolveDatabase(url));
  const marker = randomBytes(4)
    .toString("hex")
    .replace(/\d/g, (d) => "ghijklmnop"[Number(d)] as string);
  try {
    const articleIds: string[] = [];
    for (let i = 0; i < options.articles; i++) {
      const { article } = await seedArticle(db, {
        title: `Load article ${marker} ${articleText(1000 + i, 4)}`,
        text: articleText(i + 1),
      });
      articleIds.push(article.id);
    }
    const users = async (role: "annotator" | "reviewer", count: number) => {
      const out: LoadUser[] = [];
      for (let i = 0; i < count; i++) {
        const { id, token } = await seedBenchUser(db, {
          email: `load-${role}-${i}-${marker}@claimbench.test`,
          name: `Load ${role} ${i}`,
          role,
          token: "load bench",
        });
        out.push({ id, token: token! });
      }
      return out;
    };
    return {
      articleIds,
      annotators: await users("annotator", options.annotators),
      reviewers: await users("reviewer", options.reviewers),
    };
  } finally {
    await db.$disconnect();
  }
}
