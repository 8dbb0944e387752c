import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { cleanText } from "../cleaning/clean-text";
import { readCorpus, readCorpusFile } from "@/lib/seed/corpus";
import {
  contentHash,
  estimateSimilarity,
  findNearDuplicates,
  MINHASH_SIZE,
  minhashSignature,
  NEAR_DUPLICATE_THRESHOLD,
  shingles,
  similarity,
} from "./fingerprint";

const corpus = readCorpus().map(({ file, raw }) => ({ file, text: cleanText(raw).text }));
const article004 = cleanText(readCorpusFile("004_4c6646da87a4e47d.txt")).text;

describe("contentHash", () => {
  it("is sha256 hex of the lowercased, whitespace-collapsed text", () => {
    const expected = createHash("sha256").update("hello world").digest("hex");
    expect(contentHash("Hello   World")).toBe(expected);
    expect(contentHash("  hello\n\nWORLD \t")).toBe(expected);
    expect(contentHash("Cafe\u0301")).toBe(contentHash("café"));
  });

  it("differs for different text", () => {
    expect(contentHash(article004)).not.toBe(contentHash(article004.replace("30,000", "40,000")));
    expect(new Set(corpus.map((c) => contentHash(c.text))).size).toBe(corpus.length);
  });
});

describe("similarity", () => {
  it("scores identical texts 1 and ignores punctuation, case and quote style", () => {
    expect(similarity(article004, article004)).toBe(1);
    expect(similarity("It’s “over”, he said today.", 'it\'s "OVER" he said today')).toBe(1);
  });

  it("keeps a lightly edited copy above the near-duplicate threshold", () => {
    const edited = article004.replace("30,000", "35,000").replace("Morocco", "Marrakesh");
    expect(similarity(article004, edited)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it("scores the two copies inside corpus file 002 as near-identical", () => {
    const raw = readCorpusFile("002_3cab5c4bd9d3191d.txt");
    const secondStart = raw.indexOf("Russia said Thursday", raw.indexOf("Russia said Thursday") + 1);
    const first = raw.slice(raw.indexOf("Russia said Thursday"), secondStart);
    const second = raw.slice(secondStart, raw.indexOf("\nAFP\nWritten By"));
    expect(similarity(first, second)).toBeGreaterThanOrEqual(NEAR_DUPLICATE_THRESHOLD);
  });

  it("keeps different articles on the same topic far apart", () => {
    for (const a of corpus) {
      for (const b of corpus)
        if (a !== b) expect(similarity(a.text, b.text), `${a.file} vs ${b.file}`).toBeLessThan(0.05);
    }
  });

  it("handles texts shorter than a shingle", () => {
    expect(shingles("two words")).toEqual(new Set(["two words"]));
    expect(similarity("", "")).toBe(1);
    expect(similarity("short text", "")).toBe(0);
  });
});

describe("MinHash", () => {
  it("produces stable JSON-friendly signatures", () => {
    const sig = minhashSignature(article004);
    expect(sig).toHaveLength(MINHASH_SIZE);
    expect(sig.every((v) => Number.isInteger(v) && v >= 0 && v <= 0xffffffff)).toBe(true);
    expect(minhashSignature(article004)).toEqual(sig);
    expect(JSON.parse(JSON.stringify(sig))).toEqual(sig);
  });

  it("estimates Jaccard similarity within 0.1", () => {
    const variants = [
      article004.replace("30,000", "35,000"),
      article004.split("\n\n").slice(0, 12).join("\n\n"),
      corpus[0]?.text ?? "",
    ];
    for (const v of variants) {
      const est = estimateSimilarity(minhashSignature(article004), minhashSignature(v));
      expect(Math.abs(est - similarity(article004, v))).toBeLessThan(0.1);
    }
  });

  it("compares one article against a thousand and finds the copies", () => {
    const words = article004.split(/\s+/);
    const candidates = Array.from({ length: 1000 }, (_, i) => {
      const w = [...words];
      // Every tenth candidate is a light edit; the rest are heavily rewritten.
      const edits = i % 10 === 0 ? 2 : 200;
      for (let k = 0; k < edits; k++) w[(i * 31 + k * 17) % w.length] = `edit${i}x${k}`;
      return { id: `c${String(i).padStart(4, "0")}`, signature: minhashSignature(w.join(" ")) };
    });
    const matches = findNearDuplicates(article004, candidates);
    expect(matches.map((m) => m.id).sort()).toEqual(candidates.filter((_, i) => i % 10 === 0).map((c) => c.id));
    // A thousand signatures take a second or two on a busy machine: room for that, not a speed limit.
  }, 60_000);

  it("rejects signatures of different lengths", () => {
    expect(() => estimateSimilarity([1, 2], [1])).toThrow();
  });
});
