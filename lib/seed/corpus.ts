/**
 * The seed corpus (`prisma/seed/corpus/`: one `.txt` per article and `manifest.json` with the
 * metadata the seed stores). The one loader for it: the seed, the cleaning tests and report, and
 * the gold set of suggested claims all read exactly the same files.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** Absolute path of the corpus directory. */
const CORPUS_DIR = fileURLToPath(new URL("../../prisma/seed/corpus/", import.meta.url));

const Manifest = z.object({
  articles: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      publisher: z.string().optional(),
      author: z.string().optional(),
      publishedAt: z.string().optional(),
      url: z.string().optional(),
    }),
  ),
});

/** One corpus article: its file name (e.g. "000_04ee4c34df0cde31.txt"), raw text and manifest metadata. */
export type CorpusArticle = z.infer<typeof Manifest>["articles"][number] & { raw: string };

/** Every corpus article, in the manifest's order. */
export function readCorpus(): CorpusArticle[] {
  const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(CORPUS_DIR, "manifest.json"), "utf8")));
  return manifest.articles.map((entry) => ({ ...entry, raw: readCorpusFile(entry.file) }));
}

/** One corpus file's raw text by name; throws when it is missing, so a test fails loudly. */
export function readCorpusFile(file: string): string {
  return fs.readFileSync(path.join(CORPUS_DIR, file), "utf8");
}
