import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { api, baseUrl, testDb } from "@/test/support/http";
import { fixture } from "../../test/support/export-fixture";

/**
 * Raw bytes of a download (the `api` helper decodes text, which would hide encoding problems).
 * A kept-alive connection the server closed while the test was busy (idle past its 5 s) fails
 * before the request is sent; that one is sent again on a new connection.
 */
async function download(path: string, token: string) {
  const get = () => fetch(`${baseUrl()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  const res = await get().catch((error: Error & { cause?: { code?: string } }) => {
    if (error.cause?.code === "UND_ERR_SOCKET") return get();
    throw error;
  });
  return { status: res.status, headers: res.headers, bytes: Buffer.from(await res.arrayBuffer()) };
}
const sha256 = (bytes: Buffer) => createHash("sha256").update(bytes).digest("hex");

describe("dataset export API", () => {
  it("needs dataset.export and names a bad parameter", async () => {
    const { annotator, reviewer } = await fixture();
    expect((await api("/api/export?format=jsonl")).status).toBe(401);
    const forbidden = await api("/api/export?format=jsonl", { token: annotator.token });
    expect(forbidden.status).toBe(403);
    expect(forbidden.data.error.code).toBe("forbidden");
    expect((await api("/api/export/manifest?format=jsonl", { token: annotator.token })).status).toBe(403);
    for (const path of ["/api/export?format=xml", "/api/export/manifest?format=xml", "/api/export"]) {
      const bad = await api(path, { token: reviewer.token });
      expect(bad.status, path).toBe(400);
      expect(bad.data.error.issues.map((i: { path: string }) => i.path)).toEqual(["format"]);
    }
    const badDate = await api("/api/export?format=csv&from=last-week", { token: reviewer.token });
    expect(badDate.status).toBe(400);
    expect(badDate.data.error.issues[0].path).toBe("from");
  });

  it("exports approved claims only by default, in JSONL with the full record", async () => {
    const f = await fixture();
    const res = await download(`/api/export?format=jsonl&articleId=${f.article.id}`, f.reviewer.token);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="claimbench-approved-claims.jsonl"');
    const lines = res.bytes
      .toString("utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual([f.approved.id, f.approvedLater.id].sort());
    const text = res.bytes.toString("utf8");
    for (const hidden of [f.draft, f.rejected, f.submitted]) {
      expect(text).not.toContain(hidden.id);
      expect(text).not.toContain(hidden.exact);
    }
    const first = lines.find((l) => l.id === f.approved.id);
    expect(first).toMatchObject({
      article: { id: f.article.id, title: f.article.title, url: null },
      span: { start: f.approved.start, end: f.approved.end, exact: "over 30,000 people dead" },
      kind: "casualty",
      value: 30000,
      qualifier: "more_than",
      unit: "people",
      attributedTo: "activists",
      verdict: "supported",
      cluster: { id: f.cluster.id, name: f.cluster.name },
      annotator: { id: f.annotator.user.id, name: f.annotator.user.name },
      reviewer: { id: f.reviewer.user.id, name: f.reviewer.user.name },
      approvedAt: "2026-03-05T12:00:00.000Z",
      schemaVersion: 1,
    });
    expect(first.evidence).toEqual(
      expect.arrayContaining([
        { type: "claim", stance: "context", targetClaimId: f.approvedLater.id, quote: "More than one million Syrians" },
        {
          type: "url",
          stance: "supports",
          url: "https://example.org/toll",
          title: "Toll",
          publisher: null,
          quote: "more than 30,000",
          accessedAt: "2026-03-01T00:00:00.000Z",
        },
      ]),
    );

    const drafts = await download(`/api/export?format=jsonl&articleId=${f.article.id}&status=draft`, f.reviewer.token);
    expect(
      drafts.bytes
        .toString("utf8")
        .trim()
        .split("\n")
        .map((l) => JSON.parse(l).id),
    ).toEqual([f.draft.id]);
  });

  it("evidence citing a claim outside the approved set carries that claim's id only, in every format", async () => {
    const f = await fixture();
    const db = testDb();
    for (const target of [f.draft, f.rejected, f.submitted]) {
      await db.evidence.create({
        data: {
          claimId: f.approvedLater.id,
          targetClaimId: target.id,
          stance: "refutes",
          createdById: f.annotator.user.id,
        },
      });
    }
    for (const format of ["jsonl", "csv", "w3c", "claimreview", "fever"]) {
      const text = (
        await download(`/api/export?format=${format}&articleId=${f.article.id}`, f.reviewer.token)
      ).bytes.toString("utf8");
      for (const hidden of [f.draft, f.rejected, f.submitted]) expect(text, format).not.toContain(hidden.exact);
    }
    const lines = (await download(`/api/export?format=jsonl&articleId=${f.article.id}`, f.reviewer.token)).bytes
      .toString("utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const later = lines.find((l) => l.id === f.approvedLater.id);
    expect(later.evidence).toEqual(
      expect.arrayContaining(
        [f.draft, f.rejected, f.submitted].map((t) => ({
          type: "claim",
          stance: "refutes",
          targetClaimId: t.id,
          quote: null,
        })),
      ),
    );
    // An approved target still gives its words.
    expect(lines.find((l) => l.id === f.approved.id).evidence).toContainEqual({
      type: "claim",
      stance: "context",
      targetClaimId: f.approvedLater.id,
      quote: "More than one million Syrians",
    });
  });

  it("filters by kind, cluster and approval date", async () => {
    const f = await fixture();
    const ids = async (query: string) => {
      const res = await download(`/api/export?format=jsonl&articleId=${f.article.id}&${query}`, f.reviewer.token);
      return res.bytes
        .toString("utf8")
        .split("\n")
        .filter(Boolean)
        .map((l) => JSON.parse(l).id);
    };
    expect(await ids("kind=quantity")).toEqual([f.approvedLater.id]);
    expect(await ids(`clusterId=${f.cluster.id}`)).toEqual([f.approved.id]);
    expect(await ids("from=2026-04-01")).toEqual([f.approvedLater.id]);
    expect(await ids("to=2026-03-05")).toEqual([f.approved.id]);
    expect(await ids("from=2026-03-06&to=2026-04-09")).toEqual([]);
  });

  it("parses back in every format", async () => {
    const f = await fixture();
    const get = async (format: string) => {
      const res = await download(`/api/export?format=${format}&articleId=${f.article.id}`, f.reviewer.token);
      expect(res.status, format).toBe(200);
      return res;
    };
    const csv = await get("csv");
    expect(csv.headers.get("content-type")).toMatch(/^text\/csv; charset=utf-8/);
    const rows = parse(csv.bytes.toString("utf8"), { columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual([f.approved.id, f.approvedLater.id].sort());
    expect(rows.find((r) => r.id === f.approved.id)).toMatchObject({
      justification: 'SOHR, "30,000"\nconfirmed',
      evidence_count: "2",
      supports: "1",
      context: "1",
      evidence_urls: "https://example.org/toll",
    });

    const w3c = JSON.parse((await get("w3c")).bytes.toString("utf8"));
    expect(w3c["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(w3c).toMatchObject({ type: "AnnotationCollection", total: 2, last: w3c.first.id });
    expect(w3c.first.items).toHaveLength(2);
    const note = w3c.first.items.find((a: { id: string }) => a.id === `urn:claimbench:claim:${f.approved.id}`);
    expect(note.target.source).toBe(`urn:claimbench:article:${f.article.id}`);
    expect(note.target.selector[1]).toEqual({
      type: "TextPositionSelector",
      start: f.approved.start,
      end: f.approved.end,
    });
    expect(f.article.text.slice(f.approved.start, f.approved.end)).toBe(note.target.selector[0].exact);
    // A claim citing another claim links to its annotation.
    expect(note.body).toContainEqual({
      type: "SpecificResource",
      purpose: "linking",
      source: `urn:claimbench:claim:${f.approvedLater.id}`,
    });

    const reviews = JSON.parse((await get("claimreview")).bytes.toString("utf8"));
    expect(
      reviews.map((r: { reviewRating: { alternateName: string } }) => r.reviewRating.alternateName).sort(),
    ).toEqual(["Refuted", "Supported"]);
    expect(reviews[0]).toMatchObject({
      "@type": "ClaimReview",
      url: `https://factcheck.example.org/claims/${reviews[0].identifier}`,
      author: { "@type": "Organization", name: "Claimbench" },
      itemReviewed: { "@type": "Claim" },
    });

    const fever = (await get("fever")).bytes
      .toString("utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    // The refuted claim has no refuting evidence: FEVER's scorer could never credit it, so it is left out.
    expect(fever.map((l) => [l.id, l.claim_id, l.label])).toEqual([[1, f.approved.id, "SUPPORTS"]]);
    expect(fever[0].evidence).toEqual([[[1, 1, "https://example.org/toll", 0]]]);
  });

  it("repeats byte for byte, and the manifest hashes the downloaded bytes", async () => {
    const f = await fixture();
    for (const format of ["jsonl", "csv", "w3c", "claimreview", "fever"]) {
      const query = `format=${format}&articleId=${f.article.id}`;
      const a = await download(`/api/export?${query}`, f.reviewer.token);
      const b = await download(`/api/export?${query}`, f.reviewer.token);
      expect(a.bytes.equals(b.bytes), format).toBe(true);
      const manifest = await api(`/api/export/manifest?${query}`, { token: f.reviewer.token });
      expect(manifest.status).toBe(200);
      expect(manifest.data).toMatchObject({
        format,
        filter: { status: "approved", articleId: f.article.id },
        // What the file holds: FEVER leaves out the refuted claim that has no refuting evidence.
        records: format === "fever" ? 1 : 2,
        schemaVersion: 1,
        sha256: sha256(a.bytes),
      });
      expect(Date.parse(manifest.data.generatedAt)).not.toBeNaN();
    }
  });

  it("streams more claims than one batch of rows holds, in id order, without gaps", async () => {
    const f = await fixture();
    const db = testDb();
    const data = Array.from({ length: 1_234 }, () => ({
      articleId: f.article.id,
      start: 0,
      end: 9,
      exact: "Diplomats",
      prefix: "",
      suffix: "",
      kind: "other",
      status: "approved",
      authorId: f.annotator.user.id,
      reviewerId: f.reviewer.user.id,
      approvedAt: new Date("2026-05-01T00:00:00Z"),
    }));
    await db.claim.createMany({ data });
    const res = await download(`/api/export?format=jsonl&articleId=${f.article.id}&kind=other`, f.reviewer.token);
    const ids = res.bytes
      .toString("utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l).id as string);
    expect(ids).toHaveLength(1_234);
    expect(new Set(ids).size).toBe(1_234);
    const manifest = await api(`/api/export/manifest?format=csv&articleId=${f.article.id}&kind=other`, {
      token: f.reviewer.token,
    });
    expect(manifest.data.records).toBe(1_234);
  });

  it("exports running at the same time (four worker threads, the rest waiting their turn) give the bytes one alone gives", async () => {
    const f = await fixture();
    const paths = ["jsonl", "csv", "w3c", "claimreview", "fever"].map(
      (format) => `/api/export?format=${format}&articleId=${f.article.id}`,
    );
    const alone = await Promise.all(paths.map(async (path) => sha256((await download(path, f.reviewer.token)).bytes)));
    for (let round = 0; round < 2; round++) {
      const together = await Promise.all([...paths, ...paths].map((path) => download(path, f.reviewer.token)));
      expect(together.map((res) => res.status)).toEqual(Array(10).fill(200));
      expect(together.map((res) => sha256(res.bytes))).toEqual([...alone, ...alone]);
    }
  });

  it("a download abandoned part way leaves the next exports whole", async () => {
    const f = await fixture();
    const db = testDb();
    await db.claim.createMany({
      data: Array.from({ length: 3_000 }, (_, i) => ({
        articleId: f.article.id,
        start: 0,
        end: 9,
        exact: "Diplomats",
        prefix: "",
        suffix: `${"x".repeat(200)} ${i}`,
        kind: "event",
        status: "approved",
        authorId: f.annotator.user.id,
        reviewerId: f.reviewer.user.id,
        approvedAt: new Date("2026-05-01T00:00:00Z"),
      })),
    });
    const path = `/api/export?format=w3c&articleId=${f.article.id}&kind=event`;
    const whole = await download(path, f.reviewer.token);
    const controller = new AbortController();
    const res = await fetch(`${baseUrl()}${path}`, {
      headers: { authorization: `Bearer ${f.reviewer.token}` },
      signal: controller.signal,
    });
    await res.body?.getReader().read();
    controller.abort();
    for (let i = 0; i < 3; i++)
      expect(sha256((await download(path, f.reviewer.token)).bytes)).toBe(sha256(whole.bytes));
  });
});
