import { describe, expect, it } from "vitest";
import { readJsonlLines, type JsonlLine } from "./jsonl-reader";

const enc = (s: string) => new TextEncoder().encode(s);

async function collect(chunks: Uint8Array[], limits = { maxLineBytes: 100, maxTotalBytes: 10_000 }) {
  const out: Array<{ line: number; text?: string; error?: string }> = [];
  for await (const item of readJsonlLines(chunks, limits) as AsyncGenerator<JsonlLine>) {
    out.push("error" in item ? { line: item.line, error: item.error.code } : item);
  }
  return out;
}

describe("readJsonlLines", () => {
  it("splits across chunk boundaries, numbers lines from 1, skips blank lines and strips CR", async () => {
    expect(await collect([enc('{"a":1}\r\n\n{"b"'), enc(':2}\n   \n{"c":3}')])).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 3, text: '{"b":2}' },
      { line: 5, text: '{"c":3}' },
    ]);
  });

  it("keeps multi-byte characters split between chunks intact", async () => {
    const bytes = enc('{"t":"é€😀"}\n');
    expect(await collect([bytes.subarray(0, 8), bytes.subarray(8)])).toEqual([{ line: 1, text: '{"t":"é€😀"}' }]);
  });

  it("reports an overlong line without buffering it, and carries on", async () => {
    expect(await collect([enc(`${"x".repeat(60)}`), enc(`${"y".repeat(60)}\n{"ok":1}\n`)])).toEqual([
      { line: 1, error: "payload_too_large" },
      { line: 2, text: '{"ok":1}' },
    ]);
  });

  it("reports invalid UTF-8 per line", async () => {
    expect(await collect([Uint8Array.from([0x7b, 0xff, 0x7d, 0x0a]), enc('{"ok":1}')])).toEqual([
      { line: 1, error: "bad_request" },
      { line: 2, text: '{"ok":1}' },
    ]);
  });

  it("stops at the total limit and says where", async () => {
    const out = await collect([enc('{"a":1}\n'), enc('{"b":2}\n'), enc('{"c":3}\n')], {
      maxLineBytes: 100,
      maxTotalBytes: 12,
    });
    expect(out).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, error: "payload_too_large" },
    ]);
  });
});
