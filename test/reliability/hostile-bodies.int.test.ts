/**
 * Bodies larger than the 10 MB that Next's proxy keeps of a request reach the streamed import
 * routes whole: an upload is parsed (not refused as a broken multipart body) and a bulk import
 * answers for every line, including those after the 10 MB mark.
 */
import { randomBytes } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, userWithToken } from "@/test/support/http";

const ELEVEN_MB = 11 * 1024 * 1024;
const letters = () =>
  randomBytes(8)
    .toString("hex")
    .replace(/[0-9]/g, (d) => "ghijklmnop"[Number(d)]!);

let token: string;

beforeAll(async () => {
  ({ token } = await userWithToken("annotator"));
});

describe("request bodies over 10 MB", () => {
  it("an upload is read in full: the small file is imported, the oversized one refused by name", async () => {
    const marker = letters();
    const form = new FormData();
    form.append(
      "file",
      new Blob([`Harbour works ${marker}\n\nThe quay in ${marker} reopened after repairs, the port office said.`]),
      "small.txt",
    );
    form.append("file", new Blob(["filler ".repeat(Math.ceil(ELEVEN_MB / 7))]), "huge.txt");
    const res = await fetch(`${baseUrl()}/api/articles/upload?force=true`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}` },
      body: form,
    });
    const body = (await res.json()) as { results: { file: string; status: string; error?: { message: string } }[] };
    expect(res.status, JSON.stringify(body).slice(0, 300)).toBe(200);
    expect(body.results.map((r) => [r.file, r.status])).toEqual([
      ["small.txt", "created"],
      ["huge.txt", "error"],
    ]);
  });

  it("a bulk import answers for the line after an 11 MB one", async () => {
    const marker = letters();
    const article = (n: string) =>
      JSON.stringify({
        title: `Bulk ${n} ${marker}`,
        text: `The ferry office in ${marker} counted passengers, the ${n} report said.`,
      });
    const huge = JSON.stringify({ title: `Huge ${marker}`, text: "filler ".repeat(Math.ceil(ELEVEN_MB / 7)) });
    const res = await fetch(`${baseUrl()}/api/articles/bulk?force=true`, {
      method: "POST",
      headers: { authorization: `Bearer ${token}`, "content-type": "application/x-ndjson" },
      body: [article("first"), huge, article("last")].join("\n"),
    });
    expect(res.status).toBe(200);
    const lines = (await res.text())
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as { line?: number; status?: string; summary?: Record<string, number> });
    expect(lines.slice(0, 3).map((l) => [l.line, l.status])).toEqual([
      [1, "created"],
      [2, "error"],
      [3, "created"],
    ]);
    expect(lines.at(-1)?.summary).toEqual({ created: 2, duplicates: 0, errors: 1 });
  });
});
