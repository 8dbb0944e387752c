/**
 * Loader for the seed corpus (`prisma/seed/corpus/*.txt`), shared by the
 * tests and the review report so both look at exactly the same files.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/** Absolute path of the seed corpus directory. */
export const CORPUS_DIR = fileURLToPath(new URL("../../../prisma/seed/corpus/", import.meta.url));

/** One corpus article as stored on disk. */
export interface CorpusFile {
  /** File name, e.g. "000_04ee4c34df0cde31.txt". */
  file: string;
  raw: string;
}

/** Reads every `.txt` file of the corpus, sorted by name. */
export function readCorpus(dir: string = CORPUS_DIR): CorpusFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((file) => ({ file, raw: readFileSync(join(dir, file), "utf8") }));
}

/** Reads one corpus file by name; throws when it is missing so tests fail loudly. */
export function readCorpusFile(file: string, dir: string = CORPUS_DIR): string {
  return readFileSync(join(dir, file), "utf8");
}
