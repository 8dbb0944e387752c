/**
 * Everything an import derives from a document before it touches the database: the cleaned
 * source, its canonical text, and the text's hash, fingerprint and word count. Pure, and the
 * costly part of an import, so it runs in a worker thread (see prepare-in-worker.ts).
 */
import { canonicalText, countWords } from "./canonical-text";
import { cleanSource, type CleanedSource, type SourceFormat } from "./clean-source";
import { contentHash, minhashSignature } from "../duplicates/fingerprint";

/** A document to import, as `cleanSource` reads it. */
export interface SourceDocument {
  format: SourceFormat;
  content: string;
  baseUrl?: string;
}

export interface PreparedText {
  cleaned: CleanedSource;
  /** The canonical text ("" when nothing readable is left). */
  text: string;
  contentHash: string;
  signature: number[];
  wordCount: number;
}

/** Cleans a document and fingerprints its canonical text. */
export function prepareText(source: SourceDocument): PreparedText {
  const cleaned = cleanSource(source);
  const text = canonicalText(cleaned.text);
  return {
    cleaned,
    text,
    contentHash: contentHash(text),
    signature: minhashSignature(text),
    wordCount: countWords(text),
  };
}
