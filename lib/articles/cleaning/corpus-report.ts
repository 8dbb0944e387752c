/**
 * Prints, for each seed-corpus article, the blocks `cleanText` removed (with
 * reasons) and the metadata `extractTextMetadata` found, so a human can check
 * that nothing real was dropped. Run: `npx tsx lib/articles/cleaning/corpus-report.ts`.
 */
import { cleanText } from "./clean-text";
import { readCorpus } from "@/lib/seed/corpus";
import { contentHash, tokenize } from "../duplicates/fingerprint";
import { extractTextMetadata } from "../metadata/text-metadata";

const MAX_SHOWN = 110;

function shorten(text: string): string {
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

for (const { file, raw } of readCorpus()) {
  const { text, removed } = cleanText(raw);
  const meta = extractTextMetadata(raw, text);
  console.log(`\n=== ${file}`);
  console.log(`metadata: ${JSON.stringify(meta)}`);
  const paragraphs = text.split("\n\n").length;
  console.log(
    `kept: ${paragraphs} paragraphs, ${tokenize(text).length} words (raw ${tokenize(raw).length}); hash ${contentHash(text).slice(0, 16)}`,
  );
  const byReason = new Map<string, number>();
  for (const r of removed) byReason.set(r.reason, (byReason.get(r.reason) ?? 0) + 1);
  console.log(`removed: ${removed.length} blocks ${JSON.stringify(Object.fromEntries(byReason))}`);
  for (const r of removed) console.log(`  #${String(r.index).padStart(3)} ${r.reason.padEnd(16)} ${shorten(r.text)}`);
}
