/**
 * Deciding what an uploaded file is before importing it: the extension says what the sender
 * claims, the bytes say what it is. Binary files, wrong encodings and mislabelled files are
 * refused with a sentence the annotator can act on, instead of being stored as mojibake.
 */

/** Formats a file can be imported as. */
export type FileFormat = "text" | "markdown" | "html" | "jsonl";

const EXTENSIONS: Record<string, FileFormat> = {
  txt: "text",
  text: "text",
  md: "markdown",
  markdown: "markdown",
  html: "html",
  htm: "html",
  xhtml: "html",
  jsonl: "jsonl",
  ndjson: "jsonl",
};

/** The lowercase extension of a file name ("" when there is none). */
function extensionOf(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? name;
  const dot = base.lastIndexOf(".");
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : "";
}

/** The format a file name claims, or undefined for an unsupported extension. */
export function formatFromName(name: string): FileFormat | undefined {
  return EXTENSIONS[extensionOf(name)];
}

/** Why a file's bytes cannot be imported. */
export type SniffProblem = "empty" | "binary" | "wrong-type";

export type SniffResult =
  { ok: true; text: string; format: FileFormat } | { ok: false; problem: SniffProblem; message: string };

/** Magic numbers of binary formats people most often upload by mistake. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: "a PDF document", bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: "a ZIP archive (or a .docx/.xlsx/.epub file)", bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: "a gzip archive", bytes: [0x1f, 0x8b] },
  { name: "a PNG image", bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: "a JPEG image", bytes: [0xff, 0xd8, 0xff] },
  { name: "a GIF image", bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: "a Word 97–2003 document", bytes: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: "an executable", bytes: [0x7f, 0x45, 0x4c, 0x46] },
];

/** Share of control characters (other than tab, newline, CR, form feed) above which text is binary. */
const MAX_CONTROL_SHARE = 0.01;

/**
 * Decodes file bytes as text: UTF-8 (BOM optional) or UTF-16 with a BOM. Anything else (NUL
 * bytes, invalid UTF-8, a known binary signature, many control characters) is binary.
 */
export function decodeText(
  bytes: Uint8Array,
): { ok: true; text: string } | { ok: false; problem: "empty" | "binary"; message: string } {
  if (bytes.length === 0) return { ok: false, problem: "empty", message: "The file is empty" };
  const signature = SIGNATURES.find((s) => s.bytes.every((b, i) => bytes[i] === b));
  if (signature)
    return {
      ok: false,
      problem: "binary",
      message: `This is ${signature.name}, not text; export it as .txt, .md or .html first`,
    };
  let text: string;
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe)
      text = new TextDecoder("utf-16le", { fatal: true }).decode(bytes.subarray(2));
    else if (bytes[0] === 0xfe && bytes[1] === 0xff)
      text = new TextDecoder("utf-16be", { fatal: true }).decode(bytes.subarray(2));
    else {
      if (bytes.includes(0))
        return { ok: false, problem: "binary", message: "The file contains NUL bytes: it is binary data, not text" };
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    }
  } catch {
    return {
      ok: false,
      problem: "binary",
      message: "The file is not valid UTF-8 text; save it as UTF-8 and try again",
    };
  }
  return checkText(text);
}

/** The same checks for text that arrived as a string (a JSON field, a JSONL line). */
export function checkText(
  text: string,
): { ok: true; text: string } | { ok: false; problem: "empty" | "binary"; message: string } {
  if (text.includes("\u0000"))
    return {
      ok: false,
      problem: "binary",
      message: "The content contains NUL characters: it is binary data, not text",
    };
  let controls = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0xfffd) controls++;
  }
  if (controls > 0 && controls / text.length > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      problem: "binary",
      message: "The content is mostly control characters: it is binary data, not text",
    };
  }
  if (text.trim() === "") return { ok: false, problem: "empty", message: "The file has no text (only whitespace)" };
  return { ok: true, text };
}

const HTML_START = /^<(?:!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i;

/**
 * Whether a text is a whole HTML document: after leading whitespace and comments, a doctype or an
 * `<html>`, `<head>` or `<body>` tag. The comments are skipped with `indexOf`, one pass over the
 * text: a single pattern doing the same (`^\s*(?:<!--[\s\S]*?-->\s*)*<…`) backtracks
 * exponentially in the number of comments when no tag follows.
 */
function isHtmlDocument(text: string): boolean {
  let at = 0;
  for (;;) {
    while (at < text.length && /\s/.test(text[at] ?? "")) at++;
    if (!text.startsWith("<!--", at)) break;
    const end = text.indexOf("-->", at + 4);
    if (end === -1) return false;
    at = end + 3;
  }
  return HTML_START.test(text.slice(at, at + 32));
}
const ANY_TAG = /<(?:[a-z][a-z0-9-]*)(?:\s[^<>]*)?\/?>/i;

/**
 * Decodes a file and checks its bytes agree with its name. A `.txt` or `.md` file holding a
 * whole HTML document is imported as HTML (so its markup is extracted, not stored as text); an
 * `.html` file without a single tag, or a `.jsonl` file whose first line is not a JSON object, is
 * refused as the wrong type.
 */
export function sniffFile(name: string, bytes: Uint8Array): SniffResult {
  const claimed = formatFromName(name);
  if (!claimed) {
    const ext = extensionOf(name);
    return {
      ok: false,
      problem: "wrong-type",
      message: `${ext ? `.${ext} files are` : "Files without an extension are"} not supported; upload .txt, .md, .html or .jsonl`,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return decoded;
  const { text } = decoded;
  if ((claimed === "text" || claimed === "markdown") && isHtmlDocument(text)) return { ok: true, text, format: "html" };
  if (claimed === "html" && !ANY_TAG.test(text)) {
    return {
      ok: false,
      problem: "wrong-type",
      message: "The file is named .html but contains no HTML markup; name it .txt to import it as text",
    };
  }
  if (claimed === "jsonl") {
    const first =
      text
        .replace(/^\uFEFF/, "")
        .split("\n")
        .find((l) => l.trim() !== "")
        ?.trim() ?? "";
    if (!first.startsWith("{")) {
      return {
        ok: false,
        problem: "wrong-type",
        message:
          "The file is named .jsonl but its first line is not a JSON object (one article object per line expected)",
      };
    }
  }
  return { ok: true, text, format: claimed };
}
