/**
 * Checks made in the browser before a file is sent, so an obviously unusable file gets its
 * answer at once and costs no upload. The server checks everything again (and more: binary
 * content, encoding, empty text); these only mirror its cheapest rules.
 */

/** The extensions `POST /api/articles/upload` reads, as the file picker's `accept` wants them. */
export const ACCEPTED_EXTENSIONS = [".txt", ".md", ".html", ".htm", ".jsonl"] as const;
export const ACCEPT_ATTRIBUTE = ACCEPTED_EXTENSIONS.join(",");

/** Why a file was refused before sending, in words for the result list. */
export function preCheck(file: Pick<File, "name" | "size">, maxBytes: number): string | undefined {
  const dot = file.name.lastIndexOf(".");
  const ext = dot > 0 ? file.name.slice(dot).toLowerCase() : "";
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return `${ext ? `“${ext}” files are` : "Files without an extension are"} not supported. Use ${ACCEPTED_EXTENSIONS.join(", ")}.`;
  }
  if (file.size > maxBytes) return `The file is ${formatBytes(file.size)}, over the ${formatBytes(maxBytes)} limit.`;
  return undefined;
}

/** "812 B", "14.2 KB", "5 MB" (binary units, as the server's limit is set). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ["KB", "MB", "GB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value >= 10 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}
