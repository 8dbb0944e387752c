/** One line of a bulk-assignment CSV. */
export interface AssignmentLine {
  line: number;
  article: string;
  email: string;
}

/**
 * Reads CSV lines of `article,email` (an optional header line naming them is skipped; quoted
 * fields and blank lines are fine). The article is its id in the library.
 */
export function parseAssignmentCsv(text: string): AssignmentLine[] {
  const out: AssignmentLine[] = [];
  text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .forEach((raw, i) => {
      if (raw.trim() === "") return;
      const cells = raw.split(",").map((c) =>
        c
          .trim()
          .replace(/^"(.*)"$/, "$1")
          .trim(),
      );
      if (i === 0 && /^article/i.test(cells[0] ?? "") && /mail|annotator/i.test(cells[1] ?? "")) return;
      out.push({ line: i + 1, article: cells[0] ?? "", email: cells[1] ?? "" });
    });
  return out;
}
