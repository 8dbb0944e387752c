/**
 * Splitting a byte stream into JSON Lines without ever holding more than one line: the bulk
 * route reads request bodies with it, the CLI files, the bench its generated corpus.
 */
import { AppError } from "@/lib/errors";

/** One line read off a JSONL stream: its text, or why it could not be read. Blank lines are skipped. */
export type JsonlLine = { line: number; text: string } | { line: number; error: AppError };

const NEWLINE = 0x0a;

/**
 * Splits a byte stream into JSONL lines (1-based numbers). A line over `maxLineBytes` is
 * skipped without being buffered and reported; a stream over `maxTotalBytes` is reported on the
 * line where it crossed the limit and read no further. Invalid UTF-8 is reported per line.
 */
export async function* readJsonlLines(
  source: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
  { maxLineBytes, maxTotalBytes }: { maxLineBytes: number; maxTotalBytes: number },
): AsyncGenerator<JsonlLine> {
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });
  let parts: Uint8Array[] = [];
  let lineBytes = 0;
  let overflow = false;
  let total = 0;
  let line = 1;

  const finish = (): JsonlLine | undefined => {
    const number = line++;
    if (overflow) {
      return {
        line: number,
        error: new AppError("payload_too_large", `Line ${number} is longer than the limit of ${maxLineBytes} bytes`),
      };
    }
    const bytes = parts.length === 1 ? (parts[0] ?? new Uint8Array()) : Buffer.concat(parts);
    let text: string;
    try {
      text = decoder.decode(bytes).replace(/\r$/, "");
    } catch {
      return {
        line: number,
        error: new AppError("bad_request", `Line ${number} is not valid UTF-8 text (binary data?)`),
      };
    }
    return text.trim() === "" ? undefined : { line: number, text };
  };

  for await (const chunk of source) {
    total += chunk.length;
    if (total > maxTotalBytes) {
      yield {
        line,
        error: new AppError(
          "payload_too_large",
          `The body is larger than the limit of ${maxTotalBytes} bytes; line ${line} and later were not imported`,
        ),
      };
      return;
    }
    let from = 0;
    for (;;) {
      const at = chunk.indexOf(NEWLINE, from);
      const end = at === -1 ? chunk.length : at;
      if (!overflow) {
        lineBytes += end - from;
        if (lineBytes > maxLineBytes) {
          overflow = true;
          parts = [];
        } else if (end > from) parts.push(chunk.subarray(from, end));
      }
      if (at === -1) break;
      const result = finish();
      if (result) yield result;
      parts = [];
      lineBytes = 0;
      overflow = false;
      from = at + 1;
    }
  }
  if (parts.length > 0 || overflow) {
    const result = finish();
    if (result) yield result;
  }
}
