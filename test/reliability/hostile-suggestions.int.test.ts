/**
 * Finding 4 of the security probe: suggestions were recomputed on every request (0.4–0.5 s of
 * blocking and 11 MB per call on a 2-million-character article). The spotter now runs once per
 * text version of an article and the list is paged.
 */
import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { newArticle } from "@/test/support/claims";
import { replaceArticleText } from "@/lib/articles/cleaning/replace-article-text";

const SENTENCE = "In the north at least 500 people have been killed and over 30,000 people have fled. ";

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

describe("finding 4: suggestions on a long article", () => {
  it("are spotted once per text version, then served from memory a page at a time", async () => {
    const { token } = await userWithToken("annotator");
    const article = await newArticle(token, SENTENCE.repeat(Math.floor(1_990_000 / SENTENCE.length)));
    const url = `/api/articles/${article.id}/suggestions`;

    const first = await timed(() => api(url, { token }));
    expect(first.value.status).toBe(200);
    const total = first.value.data.total as number;
    expect(total).toBeGreaterThan(40_000);
    expect(first.value.data.items).toHaveLength(1000);
    expect(first.value.data.nextOffset).toBe(1000);

    // Served again without spotting: each later request takes a fraction of the first.
    const later: number[] = [];
    for (let i = 0; i < 5; i++) later.push((await timed(() => api(url, { token }))).ms);
    later.sort((a, b) => a - b);
    expect(later[2], `first ${first.ms} ms, later ${later.join(", ")} ms`).toBeLessThan(first.ms / 3);

    const last = await api(`${url}?offset=${total - 2}&limit=5`, { token });
    expect(last.data.items).toHaveLength(2);
    expect(last.data.nextOffset).toBeNull();
    const bad = await api(`${url}?limit=5000`, { token });
    expect(bad.status).toBe(400);

    // A new text version is spotted anew.
    await replaceArticleText({
      db: testDb(),
      articleId: article.id,
      compute: (stored) => ({ text: `${stored.text}\n\nAnother 12 soldiers were killed.`, removed: stored.removed }),
      audit: { actorId: null, action: "article.reclean" },
    });
    const changed = await api(`${url}?offset=${total - 1}`, { token });
    expect(changed.data.total).toBe(total + 1);
    expect(changed.data.items.map((s: { exact: string }) => s.exact)).toContain("12 soldiers were killed");
  });
});
