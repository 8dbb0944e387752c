import { describe, expect, it, vi } from "vitest";
import { testDb } from "@/test/support/http";
import { fixture } from "@/test/support/export-fixture";
import { newArticle, spanOf } from "@/test/support/claims";
import { formatWriter } from "@/lib/export/formats/writer-for";
import { readExportRecords } from "./read-export-records";
import { exportWhere } from "./where";
import { exportClaimSelect, toExportRecord, type ExportRecord } from "./record";
import { claimExportFormats, type ExportFilter } from "@/lib/export/schema";
import type { Db } from "@/lib/db/client";

/**
 * Reference: every matching claim in one unpaged query with the nested select. Any change to how
 * `readExportRecords` reads (batch size, joined evidence rows, raw SQL, cursors) must give these bytes.
 */
async function referenceRecords(db: Db, filter: ExportFilter): Promise<ExportRecord[]> {
  const rows = await db.claim.findMany({
    where: exportWhere(filter),
    orderBy: { id: "asc" },
    select: exportClaimSelect,
  });
  return rows.map(toExportRecord);
}

async function batchedRecords(db: Db, filter: ExportFilter, batchRows?: number): Promise<ExportRecord[]> {
  const records: ExportRecord[] = [];
  for await (const record of readExportRecords({ db, filter, batchRows })) records.push(record);
  return records;
}

function render(format: (typeof claimExportFormats)[number], records: ExportRecord[]): string {
  const w = formatWriter(format);
  return w.begin() + records.map((r) => w.record(r)).join("") + w.end();
}

describe("readExportRecords", () => {
  vi.stubEnv("CLAIMREVIEW_URL_TEMPLATE", "https://factcheck.example.org/claims/{id}");
  it("gives byte-identical files to one unpaged nested select, across batch boundaries and filters", async () => {
    const f = await fixture();
    const db = testDb();
    // More claims, some citing the fixture's claims and some with URL evidence, spread across pages.
    for (let i = 0; i < 7; i++) {
      const c = await db.claim.create({
        data: {
          articleId: f.article.id,
          start: 0,
          end: 9,
          exact: "Diplomats",
          prefix: "",
          suffix: `#${i} "q", ü\n`,
          kind: i % 2 ? "event" : "other",
          status: "approved",
          authorId: i % 3 ? f.annotator.user.id : f.reviewer.user.id,
          reviewerId: i % 2 ? f.reviewer.user.id : null,
          clusterId: i % 3 ? f.cluster.id : null,
          approvedAt: i % 4 ? new Date(Date.UTC(2026, 4, i + 1)) : null,
          value: i % 2 ? null : i + 0.5,
        },
      });
      if (i % 2)
        await db.evidence.create({
          data: { claimId: c.id, targetClaimId: f.approved.id, stance: "refutes", createdById: f.annotator.user.id },
        });
      await db.evidence.create({
        data: {
          claimId: c.id,
          url: `https://example.org/${i}`,
          stance: "supports",
          quote: i % 3 ? null : "q",
          createdById: f.annotator.user.id,
        },
      });
    }
    // An article with astral characters: code-point offsets from the article's text, both ways.
    const emoji = await newArticle(f.annotator.token, "Toll 😀 rises 👍🏽: over 30,000 people dead, say 🇸🇾 activists.");
    const afterEmoji = await db.claim.create({
      data: {
        articleId: emoji.id,
        ...spanOf(emoji.text, "over 30,000 people dead"),
        prefix: "",
        suffix: "",
        kind: "casualty",
        status: "approved",
        authorId: f.annotator.user.id,
      },
    });
    const [emojiRecord] = await batchedRecords(db, { status: "approved", articleId: emoji.id });
    expect(emojiRecord.span).toMatchObject({ start: afterEmoji.start, codePointStart: afterEmoji.start - 3 });
    expect(Array.from(emoji.text).slice(emojiRecord.span.codePointStart, emojiRecord.span.codePointEnd).join("")).toBe(
      "over 30,000 people dead",
    );
    expect(await batchedRecords(db, { status: "approved", articleId: emoji.id })).toEqual(
      await referenceRecords(db, { status: "approved", articleId: emoji.id }),
    );

    const filters: ExportFilter[] = [
      { status: "approved", articleId: f.article.id },
      { status: "draft", articleId: f.article.id },
      { status: "approved", articleId: f.article.id, clusterId: f.cluster.id },
      { status: "approved", articleId: f.article.id, kind: "event" },
    ];
    for (const filter of filters) {
      const reference = await referenceRecords(db, filter);
      expect(reference.length, JSON.stringify(filter)).toBeGreaterThan(0);
      for (const batchRows of [1, 2, 3, 256]) {
        const batched = await batchedRecords(db, filter, batchRows);
        for (const format of claimExportFormats)
          expect(render(format, batched), `${format} ${batchRows} ${JSON.stringify(filter)}`).toBe(
            render(format, reference),
          );
      }
    }
    expect(await batchedRecords(db, { status: "approved", articleId: "no-such-article" })).toEqual([]);
  });
});
