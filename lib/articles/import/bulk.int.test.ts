import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { ndjson, paragraph, token } from "@/test/support/import-texts";

const jsonl = (token: string, body: BodyInit, query = "", type = "application/x-ndjson") =>
  api(`/api/articles/bulk${query}`, { method: "POST", token, body, headers: { "content-type": type } });

describe("bulk JSONL import", () => {
  it("answers one streamed result per line, stores exactly the good lines, and reports the bad ones", async () => {
    const { token: auth, user } = await userWithToken("annotator");
    const marker = token();
    const existing = await api("/api/articles", {
      method: "POST",
      token: auth,
      json: { title: `Existing ${marker}`, text: paragraph(4) },
    });
    const existingText = (await api(`/api/articles/${existing.data.id}`, { token: auth })).data.text as string;
    const good = [
      { title: `Bulk one ${marker}`, text: paragraph(4), publisher: "AFP", publishedAt: "2016-02-11" },
      {
        html: `<html><head><title>Bulk two ${marker}</title></head><body><article><p>${paragraph(4)}</p><script>alert(1)</script></article></body></html>`,
      },
    ];
    const lines = [
      JSON.stringify(good[0]),
      "{not json",
      JSON.stringify({ title: `No text ${marker}` }),
      JSON.stringify({ title: `Binary ${marker}`, text: "abc\u0000def" }),
      "",
      JSON.stringify(good[1]),
      JSON.stringify({ title: `Dup ${marker}`, text: existingText }),
      JSON.stringify(good[0]),
      "[1, 2]",
    ];
    const res = await jsonl(auth, `${lines.join("\r\n")}\n`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toMatch(/^application\/x-ndjson/);
    const out = ndjson(res.data);
    expect(out.slice(0, -1).map((r) => [r.line, r.status])).toEqual([
      [1, "created"],
      [2, "error"],
      [3, "error"],
      [4, "error"],
      [6, "created"],
      [7, "duplicate"],
      [8, "duplicate"],
      [9, "error"],
    ]);
    expect(out[1]?.error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/Not valid JSON/) });
    expect(out[2]?.error).toMatchObject({ code: "validation_failed" });
    expect(out[2]?.error.issues.map((i: { path: string }) => i.path)).toEqual(["text"]);
    expect(out[3]?.error.issues[0]).toMatchObject({ path: "text", message: expect.stringMatching(/binary/) });
    expect(out[5]).toMatchObject({ duplicateOf: existing.data.id, reason: "hash" });
    expect(out[6]).toMatchObject({ duplicateOf: out[0]?.id, reason: "hash" });
    expect(out[7]?.error.message).toMatch(/JSON object/);
    expect(out.at(-1)).toEqual({ summary: { created: 2, duplicates: 2, errors: 4 } });

    const stored = await testDb().article.findMany({
      where: { importedById: user.id },
      select: { id: true, title: true, rawFormat: true, rawOriginal: true, text: true },
    });
    expect(stored.map((a) => a.id).sort()).toEqual([existing.data.id, out[0]?.id, out[4]?.id].sort());
    expect(stored.find((a) => a.id === out[0]?.id)).toMatchObject({
      title: `Bulk one ${marker}`,
      rawFormat: "jsonl",
      rawOriginal: lines[0],
    });
    const two = stored.find((a) => a.id === out[4]?.id);
    expect(two).toMatchObject({ title: `Bulk two ${marker}`, rawFormat: "jsonl" });
    expect(two?.text).not.toMatch(/alert|script/);
  });

  it("stores a copy of duplicates with ?force=true", async () => {
    const { token: auth } = await userWithToken("annotator");
    const line = JSON.stringify({ title: `Forced ${token()}`, text: paragraph(4) });
    const first = ndjson((await jsonl(auth, `${line}\n`)).data);
    const forced = ndjson((await jsonl(auth, `${line}\n`, "?force=true")).data);
    expect(forced[0]).toMatchObject({ status: "created", nearDuplicateOf: first[0]?.id });
  });

  it("reports a line over the size limit and carries on with the next one", async () => {
    const { token: auth } = await userWithToken("annotator");
    const huge = JSON.stringify({ title: "Huge", text: "x ".repeat(3 * 1024 * 1024) });
    const ok = JSON.stringify({ title: `After huge ${token()}`, text: paragraph(3) });
    const out = ndjson((await jsonl(auth, `${huge}\n${ok}\n`)).data);
    expect(out[0]).toMatchObject({ line: 1, status: "error", error: { code: "payload_too_large" } });
    expect(out[1]).toMatchObject({ line: 2, status: "created" });
  });

  it("refuses a wrong content type (415), an empty body (400) and anonymous callers (401)", async () => {
    const { token: auth } = await userWithToken("annotator");
    const wrongType = await jsonl(auth, "{}", "", "application/json");
    expect(wrongType.status).toBe(415);
    const empty = await jsonl(auth, "\n\n", "", "application/jsonl");
    expect(empty.status).toBe(400);
    expect(empty.data.error.message).toMatch(/no lines/);
    expect(
      (
        await api("/api/articles/bulk", {
          method: "POST",
          body: "{}",
          headers: { "content-type": "application/x-ndjson" },
        })
      ).status,
    ).toBe(401);
  });

  it("streams the request body: lines sent in chunks are imported as they come", async () => {
    const { token: auth } = await userWithToken("annotator");
    const lines = Array.from({ length: 3 }, () =>
      JSON.stringify({ title: `Chunked é€😀 ${token()}`, text: paragraph(3) }),
    );
    const payload = new TextEncoder().encode(`${lines.join("\n")}\n`);
    const body = new ReadableStream<Uint8Array>({
      // 97-byte pieces cut lines, and sometimes multi-byte characters, in two.
      start(controller) {
        for (let i = 0; i < payload.length; i += 97) controller.enqueue(payload.subarray(i, i + 97));
        controller.close();
      },
    });
    const res = await api("/api/articles/bulk", {
      method: "POST",
      token: auth,
      body,
      headers: { "content-type": "application/x-ndjson" },
      duplex: "half",
    } as RequestInit & { token: string; duplex: "half" });
    const out = ndjson(res.data);
    expect(out.slice(0, 3).map((r) => r.status)).toEqual(["created", "created", "created"]);
    expect(out.at(-1)).toEqual({ summary: { created: 3, duplicates: 0, errors: 0 } });
  });
});
