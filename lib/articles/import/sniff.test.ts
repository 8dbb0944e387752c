import { describe, expect, it } from "vitest";
import { checkText, decodeText, formatFromName, sniffFile } from "./sniff";

const bytes = (s: string) => new TextEncoder().encode(s);

describe("formatFromName", () => {
  it.each([
    ["a.txt", "text"],
    ["A.TXT", "text"],
    ["notes.md", "markdown"],
    ["page.htm", "html"],
    ["page.html", "html"],
    ["data.jsonl", "jsonl"],
    ["data.ndjson", "jsonl"],
    ["dir.v2/file.pdf", undefined],
    [".md", undefined],
    ["README", undefined],
  ])("%s → %s", (name, format) => {
    expect(formatFromName(name)).toBe(format);
  });
});

describe("decodeText", () => {
  it("decodes UTF-8 with or without a BOM, and UTF-16 with a BOM", () => {
    expect(decodeText(bytes("héllo"))).toEqual({ ok: true, text: "héllo" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes("hi")]))).toEqual({ ok: true, text: "hi" });
    expect(decodeText(Uint8Array.from([0xff, 0xfe, 0x68, 0x00, 0xe9, 0x00]))).toEqual({ ok: true, text: "hé" });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, 0x00, 0x68, 0x00, 0xe9]))).toEqual({ ok: true, text: "hé" });
  });

  it("refuses empty, NUL-bearing, invalid UTF-8 and known binary files", () => {
    expect(decodeText(new Uint8Array())).toMatchObject({ ok: false, problem: "empty" });
    expect(decodeText(bytes("   \n\t"))).toMatchObject({ ok: false, problem: "empty" });
    expect(decodeText(Uint8Array.from([0x61, 0x00, 0x62]))).toMatchObject({
      ok: false,
      problem: "binary",
      message: expect.stringMatching(/NUL/),
    });
    expect(decodeText(Uint8Array.from([0x61, 0xff, 0xfe, 0x62, 0xc3]))).toMatchObject({
      ok: false,
      problem: "binary",
      message: expect.stringMatching(/UTF-8/),
    });
    expect(decodeText(bytes("%PDF-1.7 rest"))).toMatchObject({
      ok: false,
      problem: "binary",
      message: expect.stringMatching(/PDF/),
    });
    expect(decodeText(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14]))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/ZIP/),
    });
  });

  it("refuses text that is mostly control characters", () => {
    expect(checkText("ab\u0001\u0002\u0003cd")).toMatchObject({ ok: false, problem: "binary" });
    expect(checkText("a normal line\fwith a form feed")).toMatchObject({ ok: true });
  });
});

describe("sniffFile", () => {
  it("refuses unsupported extensions with the list of supported ones", () => {
    expect(sniffFile("scan.pdf", bytes("whatever"))).toMatchObject({
      ok: false,
      problem: "wrong-type",
      message: expect.stringMatching(/\.pdf files are not supported.*\.txt, \.md, \.html or \.jsonl/),
    });
  });

  it("imports a .txt holding an HTML document as HTML", () => {
    expect(sniffFile("saved.txt", bytes("<!DOCTYPE html><html><body><p>x</p></body></html>"))).toMatchObject({
      ok: true,
      format: "html",
    });
    expect(sniffFile("plain.txt", bytes("Use <b> for bold."))).toMatchObject({ ok: true, format: "text" });
  });

  it("refuses an .html file with no markup and a .jsonl file that is not JSON objects", () => {
    expect(sniffFile("page.html", bytes("just words"))).toMatchObject({ ok: false, problem: "wrong-type" });
    expect(sniffFile("data.jsonl", bytes("title,text\na,b"))).toMatchObject({ ok: false, problem: "wrong-type" });
    expect(sniffFile("data.jsonl", bytes('\n{"title":"a","text":"b"}\n'))).toMatchObject({ ok: true, format: "jsonl" });
  });

  it("finding 2: leading comments without a tag after them are skipped in linear time", () => {
    // The pattern this replaced backtracked exponentially: 29 comments took 3.8 s, each one more doubled it.
    const started = performance.now();
    expect(sniffFile("comments.txt", bytes(`${"<!---->".repeat(27)}x`))).toMatchObject({ ok: true, format: "text" });
    expect(sniffFile("big.txt", bytes(`${"<!-- c -->\n".repeat(200_000)}x`))).toMatchObject({
      ok: true,
      format: "text",
    });
    expect(performance.now() - started).toBeLessThan(3000);
    expect(sniffFile("saved.txt", bytes("<!-- a -->\n<!---->  <html><p>x</p></html>"))).toMatchObject({
      format: "html",
    });
    expect(sniffFile("open.txt", bytes("<!-- never closed <html>"))).toMatchObject({ format: "text" });
  });
});
