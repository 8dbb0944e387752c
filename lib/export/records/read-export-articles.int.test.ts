import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { testDb } from "@/test/support/http";
import { fixture } from "@/test/support/export-fixture";
import { newArticle, spanOf } from "@/test/support/claims";
import { exportChunks } from "@/lib/export/export-chunks";
import { readExportArticles, type ExportArticle } from "./read-export-articles";
import type { ExportFilter } from "@/lib/export/schema";

async function articles(filter: ExportFilter): Promise<ExportArticle[]> {
  const all: ExportArticle[] = [];
  for await (const batch of readExportArticles({ db: testDb(), filter })) all.push(...batch);
  return all;
}

describe("readExportArticles", () => {
  it("gives each article of the matching claims once, in id order, with its text and the text's SHA-256", async () => {
    const f = await fixture();
    const db = testDb();
    const other = await newArticle(f.annotator.token, "Second text 😀 with over 30,000 people dead.", "Second");
    // Two approved claims on the second article: it is still written once.
    for (const phrase of ["over 30,000 people dead", "Second text"])
      await db.claim.create({
        data: {
          articleId: other.id,
          ...spanOf(other.text, phrase),
          prefix: "",
          suffix: "",
          kind: "casualty",
          status: "approved",
          authorId: f.annotator.user.id,
        },
      });
    const ids = [f.article.id, other.id];
    const filter: ExportFilter = { status: "approved" };
    const got = (await articles(filter)).filter((a) => ids.includes(a.id));
    expect(got.map((a) => a.id)).toEqual([...ids].sort());
    const second = got.find((a) => a.id === other.id)!;
    const stored = await db.article.findUniqueOrThrow({ where: { id: other.id } });
    expect(second).toEqual({
      id: other.id,
      title: stored.title,
      url: stored.url,
      publisher: stored.publisher,
      publishedAt: stored.publishedAt?.toISOString() ?? null,
      text: stored.text,
      textSha256: createHash("sha256").update(Buffer.from(stored.text, "utf8")).digest("hex"),
      schemaVersion: 1,
    });
    const all = await articles(filter);
    expect(all.map((a) => a.id)).toEqual(all.map((a) => a.id).sort());
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length);

    // The filter is the claims': an article with only a draft is not in an approved export.
    expect((await articles({ status: "approved", articleId: other.id })).map((a) => a.id)).toEqual([other.id]);
    expect(await articles({ status: "rejected", articleId: other.id })).toEqual([]);

    // As a file: one JSON line per article, counted.
    let count = 0;
    let text = "";
    for await (const pieces of exportChunks({
      db,
      format: "articles",
      filter: { status: "approved", articleId: other.id },
      onRecord: (n) => (count = n),
    }))
      text += pieces.join("");
    expect(count).toBe(1);
    expect(text.endsWith("\n")).toBe(true);
    expect(JSON.parse(text)).toEqual(second);
  });
});
