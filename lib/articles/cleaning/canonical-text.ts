/**
 * The canonical plain text claims point into: LF line endings, NFC, no trailing spaces,
 * paragraphs separated by one blank line, no leading/trailing blank lines. Offsets are only
 * stable if every path into the database goes through this one function.
 */
export function canonicalText(raw: string): string {
  return raw
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
    .map((line) => line.replace(/[ \t\u00a0]+$/u, ""))
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .replace(/^\n+|\n+$/g, "");
}

/** Words as a reader counts them (runs of letters or digits, with inner apostrophes/hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Paragraphs of canonical text (split on blank lines or single newlines: news text uses one line per paragraph). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n+/).filter((p) => p.trim().length > 0);
}
