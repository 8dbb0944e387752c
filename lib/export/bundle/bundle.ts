import { createHash } from "node:crypto";
import type { ExportSource } from "@/lib/export/records/cursor";
import { EXPORT_SCHEMA_VERSION, type ExportFilter } from "@/lib/export/schema";
import { exportJsonSchema } from "@/lib/export/json-schemas";
import { jsonlFormat } from "@/lib/export/formats/jsonl";
import { articlesFormat } from "@/lib/export/formats/articles";
import { readExportBatches } from "@/lib/export/records/read-export-records";
import { readExportArticles } from "@/lib/export/records/read-export-articles";
import { utf8ChunkStream } from "@/lib/export/worker/utf8-chunk-stream";
import type { BundleInfo } from "./bundle-info";
import { datasetCard, type BundleFile, type BundleStats } from "./dataset-card";
import { croissantMetadata } from "./croissant";
import { zipStream, type ZipEntry } from "./zip-stream";

/** The bytes of a web stream, chunk by chunk. */
async function* bytesOf(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

const json = (value: unknown) => [new TextEncoder().encode(`${JSON.stringify(value, null, 2)}\n`)];
const text = (value: string) => [new TextEncoder().encode(value)];
const sortedCounts = (m: Map<string, number>) =>
  Object.fromEntries([...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * The dataset bundle, a zip streamed file by file: `claims.jsonl` (the `jsonl` export),
 * `articles.jsonl` (the `articles` export), `schemas/claims.schema.json` and
 * `schemas/articles.schema.json`, `guidelines.md` and `agreement.json` when the project has them,
 * `croissant.json`, the dataset card `README.md`, and `manifest.json` with every other file's
 * size and SHA-256. The files that describe the data come after it, so they can count and hash
 * it. The same data, filter and project give the same bytes (fixed zip times, no clock).
 * `onRecord` counts the claims.
 */
export function bundleChunks({
  filter,
  info,
  onRecord,
  ...source
}: ExportSource & { filter: ExportFilter; info: BundleInfo; onRecord?: (count: number) => void }) {
  // The filter as the files echo it: keys sorted, so a query's parameter order cannot change the bytes.
  const { annotatorId: _scope, ...asked } = filter;
  const shown = Object.fromEntries(
    Object.entries(asked)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  ) as ExportFilter;
  const files: BundleFile[] = [];
  const verdicts = new Map<string, number>();
  const kinds = new Map<string, number>();
  const stats: BundleStats = { claims: 0, articles: 0, verdicts: {}, kinds: {}, latest: "" };
  const bump = (m: Map<string, number>, key: string) => m.set(key, (m.get(key) ?? 0) + 1);

  async function* claimLines(): AsyncGenerator<readonly string[]> {
    const writer = jsonlFormat();
    for await (const batch of readExportBatches({ ...source, filter })) {
      for (const r of batch) {
        bump(verdicts, r.verdict ?? "none");
        bump(kinds, r.kind);
        if (r.updatedAt > stats.latest) stats.latest = r.updatedAt;
      }
      stats.claims += batch.length;
      onRecord?.(stats.claims);
      yield batch.map(writer.record);
    }
    stats.verdicts = sortedCounts(verdicts);
    stats.kinds = sortedCounts(kinds);
  }
  async function* articleLines(): AsyncGenerator<readonly string[]> {
    const writer = articlesFormat();
    for await (const batch of readExportArticles({ ...source, filter })) {
      stats.articles += batch.length;
      yield batch.map(writer.record);
    }
  }
  /** An entry whose size and SHA-256 are noted for the manifest as it passes. */
  const noted = (path: string, data: () => AsyncIterable<Uint8Array> | Iterable<Uint8Array>): ZipEntry => ({
    name: path,
    async *data() {
      const hash = createHash("sha256");
      let bytes = 0;
      for await (const chunk of data()) {
        hash.update(chunk);
        bytes += chunk.length;
        yield chunk;
      }
      files.push({ path, bytes, sha256: hash.digest("hex") });
    },
  });
  function* entries(): Generator<ZipEntry> {
    yield noted("claims.jsonl", () => bytesOf(utf8ChunkStream(claimLines())));
    yield noted("articles.jsonl", () => bytesOf(utf8ChunkStream(articleLines())));
    yield noted("schemas/claims.schema.json", () => json(exportJsonSchema("jsonl")));
    yield noted("schemas/articles.schema.json", () => json(exportJsonSchema("articles")));
    if (info.guidelines) yield noted("guidelines.md", () => text(info.guidelines!.markdown));
    if (info.agreement) yield noted("agreement.json", () => json(info.agreement));
    // Made when reached: the data files are written by then.
    yield noted("croissant.json", () => json(croissantMetadata({ info, stats, files })));
    yield noted("README.md", () => text(datasetCard({ info, filter: shown, stats, files })));
    yield {
      name: "manifest.json",
      data: () =>
        json({
          format: "bundle",
          filter: shown,
          schemaVersion: EXPORT_SCHEMA_VERSION,
          records: { claims: stats.claims, articles: stats.articles },
          files,
        }),
    };
  }
  return zipStream(entries());
}
