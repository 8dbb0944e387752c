import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

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

export const corpusDir = path.join(path.dirname(new URL(import.meta.url).pathname), "corpus");

/** The seed corpus: each article's raw text with the metadata its text states. */
export function readCorpus() {
  const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(corpusDir, "manifest.json"), "utf8")));
  return manifest.articles.map((entry) => ({
    ...entry,
    raw: fs.readFileSync(path.join(corpusDir, entry.file), "utf8"),
  }));
}
