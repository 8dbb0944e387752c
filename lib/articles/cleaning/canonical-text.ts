/**
 * The canonical plain text claims point into: LF line endings, NFC, no trailing spaces,
 * paragraphs separated by one blank line, no leading/trailing blank lines. Offsets are only
 * stable if every path into the database goes through this one function.
 */
export function canonicalText(raw: string): string {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .normalize("NFC")
    .split("\n")
    .map(trimLineEnd)
    .join("\n")
    .replace(/\n{3,}/g, "\n\n");
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === "\n") start++;
  while (end > start && text[end - 1] === "\n") end--;
  return text.slice(start, end);
}

/**
 * A line without its trailing spaces, tabs and no-break spaces. A loop, not `/[ \t\u00a0]+$/`:
 * that pattern is quadratic on a long run of spaces followed by anything else (it retries the
 * run from each of its positions), and this runs on every imported text.
 */
function trimLineEnd(line: string): string {
  let end = line.length;
  while (end > 0 && (line[end - 1] === " " || line[end - 1] === "\t" || line[end - 1] === "\u00a0")) end--;
  return end === line.length ? line : line.slice(0, end);
}

/** Words as a reader counts them (runs of letters or digits, with inner apostrophes/hyphens). */
export function countWords(text: string): number {
  return text.match(/[\p{L}\p{N}]+(?:['’\-.,][\p{L}\p{N}]+)*/gu)?.length ?? 0;
}

/** Paragraphs of canonical text (split on blank lines or single newlines: news text uses one line per paragraph). */
export function paragraphsOf(text: string): string[] {
  return text.split(/\n+/).filter((p) => p.trim().length > 0);
}
