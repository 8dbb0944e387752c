import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { strFromU8, unzipSync } from "fflate";
import { zipStream, type ZipEntry } from "./zip-stream";

const bytes = (s: string) => new TextEncoder().encode(s);
const entries = (): ZipEntry[] => [
  { name: "a.jsonl", data: () => [bytes('{"a":1}\n'), bytes('{"a":2}\n'), bytes("x".repeat(100_000))] },
  {
    name: "dir/b.md",
    async *data() {
      yield bytes("# Ünïcödé card\n");
    },
  },
  { name: "empty.txt", data: () => [] },
];
async function zip(): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const chunk of zipStream(entries())) parts.push(chunk);
  return new Uint8Array(Buffer.concat(parts));
}

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("zipStream", () => {
  it("writes the entries in order, each readable back, with 1980-01-01 00:00 as every time", async () => {
    const z = await zip();
    const files = unzipSync(z);
    expect(Object.keys(files)).toEqual(["a.jsonl", "dir/b.md", "empty.txt"]);
    expect(strFromU8(files["a.jsonl"])).toBe(`{"a":1}\n{"a":2}\n${"x".repeat(100_000)}`);
    expect(strFromU8(files["dir/b.md"])).toBe("# Ünïcödé card\n");
    expect(files["empty.txt"]).toHaveLength(0);
    // Local file header: DOS time at offset 10, date at 12 (1980-01-01: year 0, month 1, day 1).
    expect([z[10] | (z[11] << 8), z[12] | (z[13] << 8)]).toEqual([0, (1 << 5) | 1]);
    // Deflated, not stored: 100,000 x's take little room.
    expect(z.length).toBeLessThan(2_000);
  });

  it("gives the same bytes every time and in every time zone", async () => {
    process.env.TZ = "Pacific/Auckland";
    const a = await zip();
    process.env.TZ = "America/Los_Angeles";
    const b = await zip();
    expect(Buffer.from(b).equals(Buffer.from(a))).toBe(true);
    expect(Buffer.from(await zip()).equals(Buffer.from(a))).toBe(true);
  });

  it("is a zip Python's zipfile reads, every CRC checked", async () => {
    let python = true;
    try {
      execFileSync("python3", ["--version"]);
    } catch {
      python = false;
    }
    if (!python) return;
    const out = execFileSync(
      "python3",
      [
        "-c",
        "import io, sys, zipfile; z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read())); print(z.testzip(), z.namelist(), z.getinfo('a.jsonl').date_time)",
      ],
      { input: await zip() },
    );
    expect(out.toString().trim()).toBe("None ['a.jsonl', 'dir/b.md', 'empty.txt'] (1980, 1, 1, 0, 0, 0)");
  });
});
