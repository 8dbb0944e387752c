import { describe, expect, it, inject } from "vitest";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { createArticle } from "@/lib/articles/create-article";
import { api, userWithToken } from "@/test/support/http";
import { token } from "@/test/support/import-texts";
import { findNearestArticle } from "./near-duplicates";
import { minhashSignature } from "./fingerprint";
import { canonicalText } from "../cleaning/canonical-text";

/** `count` random words: no other test's text shares a shingle with it. */
const words = (count: number): string[] => Array.from({ length: count }, token);
/** The words with every `every`-th one replaced. */
const varied = (list: readonly string[], every: number): string =>
  list.map((w, i) => (i % every === every - 1 ? token() : w)).join(" ");

// Each client is its own instance of the index (a new client has never seen an article).
const client = () => createDb(resolveDatabase(inject("databaseUrl")));

describe("near-duplicate index shared by every instance", { timeout: 60_000 }, () => {
  it("an article imported through one client is found as a near-duplicate through another, and through the app", async () => {
    const one = client();
    const two = client();
    try {
      const base = words(300);
      const first = await createArticle({
        db: one,
        actor: null,
        input: { title: `One ${token()}`, text: base.join(" ") },
      });
      expect(first.created).toBe(true);

      // The same document with one word in 300 changed: the other client refuses it as the same text.
      const same = await createArticle({
        db: two,
        actor: null,
        input: { title: `Two ${token()}`, text: varied(base, 300) },
      });
      expect(same).toMatchObject({ created: false, duplicateOf: first.article.id, reason: "near-duplicate" });

      // One word in 60 changed: stored, and flagged as resembling the first.
      const close = await createArticle({
        db: two,
        actor: null,
        input: { title: `Close ${token()}`, text: varied(base, 60) },
      });
      expect(close).toMatchObject({ created: true, nearDuplicate: { id: first.article.id } });

      // The running app is another process: it sees the same index.
      const { token: auth } = await userWithToken("annotator");
      const viaApp = await api("/api/articles", {
        method: "POST",
        token: auth,
        json: { title: `App ${token()}`, text: varied(base, 299) },
      });
      expect(viaApp.status).toBe(200);
      expect(viaApp.data).toMatchObject({ duplicateOf: first.article.id, reason: "near-duplicate" });
    } finally {
      await one.$disconnect();
      await two.$disconnect();
    }
  });

  it("articles stored before the index was a table are indexed on a client's first lookup", async () => {
    const one = client();
    const fresh = client();
    try {
      const base = words(200);
      const stored = await createArticle({
        db: one,
        actor: null,
        input: { title: `Old ${token()}`, text: base.join(" ") },
      });
      expect(stored.created).toBe(true);
      // As the migration leaves an older article: a fingerprint, no bands.
      await one.articleSignatureBand.deleteMany({ where: { articleId: stored.article.id } });
      const text = canonicalText(varied(base, 50));
      const near = await findNearestArticle({ db: fresh, text, signature: minhashSignature(text) });
      expect(near?.id).toBe(stored.article.id);
      expect(await one.articleSignatureBand.count({ where: { articleId: stored.article.id } })).toBe(25);
    } finally {
      await one.$disconnect();
      await fresh.$disconnect();
    }
  });
});
