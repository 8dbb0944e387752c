import { describe, expect, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { paragraph, sentence, token } from "@/test/support/import-texts";

function form(files: Array<[name: string, content: string | Uint8Array<ArrayBuffer>]>): FormData {
  const data = new FormData();
  for (const [name, content] of files) data.append("file", new Blob([content]), name);
  return data;
}

const upload = (auth: string, body: FormData, query = "") =>
  api(`/api/articles/upload${query}`, { method: "POST", token: auth, body });

describe("file upload", () => {
  it("imports several files at once with a result per file (and per JSONL line)", async () => {
    const { token: auth } = await userWithToken("annotator");
    const marker = token();
    const txtBody = paragraph(3);
    const mdHeading = `Markdown ${marker} headline`;
    const res = await upload(
      auth,
      form([
        ["story.txt", `Text ${marker} headline\r\n\r\n${txtBody}\r\n\r\nShare this article\r\n`],
        [
          "notes.md",
          `---\nauthor: Jane Doe\n---\n# ${mdHeading}\n\nThe ministry said **${sentence(12)}** [more](https://example.org).\n\n- ${sentence(10)}\n`,
        ],
        [
          "page.html",
          `<html><head><meta property="og:title" content="Html ${marker}"></head><body><article><p>${paragraph(3)}</p><script>alert(1)</script></article></body></html>`,
        ],
        ["data.jsonl", `${JSON.stringify({ title: `Line ${marker}`, text: paragraph(2) })}\n{broken\n`],
        ["scan.pdf", "%PDF-1.4 whatever"],
        ["empty.txt", ""],
        ["fake.txt", new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x00, 0x02])],
        ["latin1.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x61, 0x75, 0x20, 0x6c, 0x61, 0x69, 0x74])],
      ]),
    );
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    const results = res.data.results as Array<Record<string, any>>;
    expect(results.map((r) => [r.file, r.line ?? null, r.status])).toEqual([
      ["story.txt", null, "created"],
      ["notes.md", null, "created"],
      ["page.html", null, "created"],
      ["data.jsonl", 1, "created"],
      ["data.jsonl", 2, "error"],
      ["scan.pdf", null, "error"],
      ["empty.txt", null, "error"],
      ["fake.txt", null, "error"],
      ["latin1.txt", null, "error"],
    ]);
    expect(res.data.summary).toEqual({ created: 4, duplicates: 0, errors: 5 });
    expect(results[5]?.error).toMatchObject({
      code: "unsupported_media_type",
      message: expect.stringMatching(/\.pdf files are not supported/),
    });
    expect(results[6]?.error).toMatchObject({ code: "bad_request", message: expect.stringMatching(/empty/) });
    expect(results[7]?.error.message).toMatch(/PDF/);
    expect(results[8]?.error.message).toMatch(/UTF-8/);

    const story = await testDb().article.findUniqueOrThrow({ where: { id: results[0]?.id } });
    expect(story).toMatchObject({
      title: `Text ${marker} headline`,
      rawFormat: "text",
      text: `Text ${marker} headline\n\n${txtBody}`,
    });
    expect(story.rawOriginal).toContain("\r\nShare this article\r\n");
    const notes = await testDb().article.findUniqueOrThrow({ where: { id: results[1]?.id } });
    expect(notes).toMatchObject({ title: mdHeading, author: "Jane Doe", rawFormat: "markdown" });
    expect(notes.text).not.toMatch(/[*#[\]]|---/);
    const page = await testDb().article.findUniqueOrThrow({ where: { id: results[2]?.id } });
    expect(page).toMatchObject({ title: `Html ${marker}`, rawFormat: "html" });
    expect(page.text).not.toMatch(/alert/);
  });

  it("reports the same file uploaded again as a duplicate", async () => {
    const { token: auth } = await userWithToken("annotator");
    const file: [string, string] = ["again.txt", `Again ${token()}\n\n${paragraph(3)}`];
    const first = await upload(auth, form([file]));
    const second = await upload(auth, form([file]));
    expect(second.data.results[0]).toMatchObject({
      status: "duplicate",
      duplicateOf: first.data.results[0].id,
      reason: "hash",
    });
  });

  it("gives a file over MAX_IMPORT_BYTES a per-file error (413 code) and imports the rest", async () => {
    const { token: auth } = await userWithToken("annotator");
    const big = `Big\n\n${"word ".repeat(1.1 * 1024 * 1024)}`;
    const res = await upload(
      auth,
      form([
        ["big.txt", big],
        ["small.txt", `Small ${token()}\n\n${paragraph(2)}`],
      ]),
    );
    expect(res.status).toBe(200);
    expect(res.data.results[0]).toMatchObject({
      file: "big.txt",
      status: "error",
      error: { code: "payload_too_large", message: expect.stringMatching(/over the limit of 5242880 bytes/) },
    });
    expect(res.data.results[1]).toMatchObject({ file: "small.txt", status: "created" });
  });

  it("refuses a request without files (400), a non-multipart body (415), and anonymous callers (401)", async () => {
    const { token: auth } = await userWithToken("annotator");
    const none = new FormData();
    none.append("note", "no files here");
    const noFiles = await upload(auth, none);
    expect(noFiles.status).toBe(400);
    expect(noFiles.data.error.message).toMatch(/No files/);
    const json = await api("/api/articles/upload", { method: "POST", token: auth, json: { text: "x" } });
    expect(json.status).toBe(415);
    expect((await api("/api/articles/upload", { method: "POST", body: form([["a.txt", "a"]]) })).status).toBe(401);
  });
});
