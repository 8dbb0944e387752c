/**
 * Markdown to plain paragraphs, for importing `.md` articles. No Markdown library is installed,
 * and the job is narrower than rendering: only the words a reader sees matter, one paragraph
 * per block, so this is a small line-based converter rather than a CommonMark parser.
 *
 * Headings, list items, table rows and block quotes each become a paragraph; soft-wrapped lines
 * are joined; emphasis, links, inline code and escapes are reduced to their text; images,
 * reference definitions, HTML comments and raw `<script>`/`<style>` blocks are dropped. YAML
 * front matter is read for metadata and left out of the text.
 */

/** Metadata a Markdown file states about itself (front matter, or a leading `# Heading`). */
interface MarkdownMetadata {
  title?: string;
  author?: string;
  publisher?: string;
  /** As written in the front matter; the caller normalises it. */
  publishedAt?: string;
  url?: string;
}

export interface MarkdownConversion {
  /** Paragraphs joined by "\n\n"; the input to `cleanText`. */
  text: string;
  meta: MarkdownMetadata;
}

const FRONT_MATTER_KEYS: Record<string, keyof MarkdownMetadata> = {
  title: "title",
  headline: "title",
  author: "author",
  authors: "author",
  byline: "author",
  publisher: "publisher",
  source: "publisher",
  site: "publisher",
  date: "publishedAt",
  published: "publishedAt",
  published_at: "publishedAt",
  publishedat: "publishedAt",
  url: "url",
  canonical_url: "url",
  canonical: "url",
  link: "url",
};

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ATX = /^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-+[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^ {0,3}> ?/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const TASK = /^\[[ xX]\][ \t]+/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
const TABLE_SEPARATOR = /^[ \t]*\|?[ \t]*:?-{1,}:?[ \t]*(?:\|[ \t]*:?-{1,}:?[ \t]*)+\|?[ \t]*$/;
const HARD_BREAK = / {2,}$|\\$/;

/** Converts a Markdown document to plain paragraphs plus the metadata it states. */
export function markdownToText(markdown: string): MarkdownConversion {
  const lines = markdown
    .replace(/\r\n?/g, "\n")
    .replace(/^\uFEFF/, "")
    .split("\n");
  const { meta, bodyStart } = readFrontMatter(lines);
  const blocks: string[] = [];
  const paragraph: string[] = [];
  let firstHeading: { level: number; text: string; before: number } | undefined;
  let fence: string | undefined;
  let inComment = false;
  let inRawBlock: RegExp | undefined;
  let inTable = false;

  const flush = (): void => {
    if (paragraph.length === 0) return;
    const text = inlineToText(paragraph.join(" "));
    paragraph.length = 0;
    if (text) blocks.push(text);
  };
  const heading = (level: number, raw: string): void => {
    const text = inlineToText(raw);
    if (!text) return;
    firstHeading ??= { level, text, before: blocks.length };
    blocks.push(text);
  };

  for (let i = bodyStart; i < lines.length; i++) {
    let line = lines[i] ?? "";
    if (fence !== undefined) {
      // Code is kept verbatim, line by line: it is rare in articles but still something the author wrote.
      if (new RegExp(`^ {0,3}${fence[0] === "`" ? "`" : "~"}{${fence.length},}[ \\t]*$`).test(line)) fence = undefined;
      else if (line.trim()) blocks.push(line.trim());
      continue;
    }
    if (inComment) {
      if (line.includes("-->")) inComment = false;
      continue;
    }
    if (inRawBlock) {
      if (inRawBlock.test(line)) inRawBlock = undefined;
      continue;
    }
    const fenceOpen = FENCE.exec(line);
    if (fenceOpen) {
      flush();
      fence = fenceOpen[1];
      continue;
    }
    if (/^\s*<!--/.test(line) && !line.includes("-->")) {
      flush();
      inComment = true;
      continue;
    }
    const raw = /^\s*<(script|style)\b/i.exec(line);
    if (raw) {
      flush();
      const close = new RegExp(`</${raw[1]}\\s*>`, "i");
      if (!close.test(line)) inRawBlock = close;
      continue;
    }
    // Block quotes and list items are containers: strip their markers, then read what is inside.
    let quoted = false;
    while (QUOTE.test(line)) {
      line = line.replace(QUOTE, "");
      quoted = true;
    }
    if (line.trim() === "") {
      flush();
      inTable = false;
      continue;
    }
    if (paragraph.length > 0 && !quoted && SETEXT_1.test(line)) {
      const text = paragraph.join(" ");
      paragraph.length = 0;
      heading(1, text);
      continue;
    }
    if (paragraph.length > 0 && !quoted && SETEXT_2.test(line)) {
      const text = paragraph.join(" ");
      paragraph.length = 0;
      heading(2, text);
      continue;
    }
    if (RULE.test(line)) {
      flush();
      continue;
    }
    const atx = ATX.exec(line);
    if (atx) {
      flush();
      heading(atx[1]?.length ?? 1, atx[2] ?? "");
      continue;
    }
    if (REFERENCE_DEFINITION.test(line)) continue;
    if (TABLE_SEPARATOR.test(line) && line.includes("|")) {
      // The header row was read as a paragraph line; it is a row of its own.
      flush();
      inTable = true;
      continue;
    }
    if (inTable || /^[ \t]*\|.*\|[ \t]*$/.test(line) || TABLE_SEPARATOR.test(lines[i + 1] ?? "")) {
      if (line.includes("|")) {
        flush();
        const cells = line
          .trim()
          .replace(/^\|/, "")
          .replace(/(?<!\\)\|$/, "")
          .split(/(?<!\\)\|/)
          .map((c) => inlineToText(c))
          .filter(Boolean);
        if (cells.length) blocks.push(cells.join(" | "));
        continue;
      }
    }
    const item = LIST_ITEM.exec(line);
    // As in CommonMark, only an ordered item numbered 1 may interrupt a paragraph: "2016. The
    // year…" on a wrapped line is prose, not a list.
    const interrupts = item && (paragraph.length === 0 || !/^[ \t]*\d/.test(line) || /^[ \t]*1[.)]/.test(line));
    if (item && interrupts) {
      flush();
      paragraph.push((item[1] ?? "").replace(TASK, "").trim());
    } else {
      paragraph.push(line.trim());
    }
    if (HARD_BREAK.test(line)) {
      paragraph[paragraph.length - 1] = (paragraph[paragraph.length - 1] ?? "").replace(/\\$/, "");
      flush();
    }
  }
  flush();

  // A level-1 heading before any other text is the document's title (kept in the text too, as
  // a plain-text headline would be).
  if (meta.title === undefined && firstHeading && firstHeading.level === 1 && firstHeading.before === 0)
    meta.title = firstHeading.text;
  return { text: blocks.join("\n\n"), meta };
}

/** Reads `key: value` pairs of a leading YAML front matter block (flat keys only). */
function readFrontMatter(lines: readonly string[]): { meta: MarkdownMetadata; bodyStart: number } {
  const meta: MarkdownMetadata = {};
  if (lines[0]?.trim() !== "---") return { meta, bodyStart: 0 };
  const end = lines.findIndex((l, i) => i > 0 && (l.trim() === "---" || l.trim() === "..."));
  // Without a closing line it is a thematic break, not front matter.
  if (end === -1) return { meta, bodyStart: 0 };
  for (const line of lines.slice(1, end)) {
    const pair = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.+)$/.exec(line);
    const key = pair?.[1] ? FRONT_MATTER_KEYS[pair[1].toLowerCase()] : undefined;
    const value = pair?.[2]
      ?.trim()
      .replace(/^(["'])(.*)\1$/, "$2")
      .trim();
    if (key && value && meta[key] === undefined) meta[key] = value;
  }
  return { meta, bodyStart: end + 1 };
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: "\u00a0",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  lsquo: "‘",
  rsquo: "’",
  ldquo: "“",
  rdquo: "”",
  laquo: "«",
  raquo: "»",
  copy: "©",
  reg: "®",
  trade: "™",
  euro: "€",
};

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

// Private-use characters: placeholders for spans that must not be read as markup.
const HOLD_OPEN = "\uE000";
const HOLD_CLOSE = "\uE001";

/** Reduces one block's inline Markdown to the text a reader sees. */
export function inlineToText(source: string): string {
  const held: string[] = [];
  const hold = (text: string): string => `${HOLD_OPEN}${held.push(text) - 1}${HOLD_CLOSE}`;
  let s = source.replace(/[\uE000\uE001]/g, "");
  // Code spans, then escapes, are set aside first so nothing inside them is taken for markup
  // (a backslash inside a code span is literal, as in CommonMark).
  s = s.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, (_, _ticks: string, code: string) => hold(code.trim()));
  s = s.replace(/\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g, (_, c: string) => hold(c));
  s = withoutComments(s);
  s = s.replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, "");
  s = s.replace(/<((?:https?|mailto):[^>\s]+)>/gi, (_, url: string) => hold(url.replace(/^mailto:/i, "")));
  s = s.replace(/!\[[^\]]*\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, "");
  s = s.replace(/!\[[^\]]*\]\[[^\]]*\]/g, "");
  s = s.replace(/\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\)/g, "$1");
  s = s.replace(/\[([^\]]+)\]\[[^\]]*\]/g, "$1");
  s = s.replace(/<br\s*\/?>/gi, " ");
  s = s.replace(/<\/?[A-Za-z][\w:-]*(?:\s[^<>]*)?\/?>/g, "");
  for (const marker of ["**", "__", "~~"]) s = unwrapDelimited(s, marker, marker === "__");
  s = s.replace(/(?<![*\p{L}\p{N}])\*(?=[^\s*])([^*]*?[^\s*])\*(?![*\p{L}\p{N}])/gu, "$1");
  s = s.replace(/(?<![_\p{L}\p{N}])_(?=[^\s_])([^_]*?[^\s_])_(?![_\p{L}\p{N}])/gu, "$1");
  s = decodeEntities(s);
  s = s.replace(new RegExp(`${HOLD_OPEN}(\\d+)${HOLD_CLOSE}`, "g"), (_, n: string) => held[Number(n)] ?? "");
  return s.replace(/\s+/g, " ").trim();
}

const WORD_CHAR = /[\p{L}\p{N}_]/u;
const SPACE = /\s/;

/**
 * Replaces each `marker text marker` with its text, as the lazy pattern
 * `marker(?=\S)([\s\S]*?\S)marker` would (leftmost, shortest, not overlapping), in linear time.
 * That pattern is quadratic: every opening marker without a closing one scans to the end of the
 * block (200 KB of `**a ` took seconds). Here where the next possible closing marker is, from
 * each position, is computed once, backwards; an opening with none after it means no later one
 * has any either. `wordBounded` (for `__`) wants no letter, digit or `_` just outside the pair.
 */
function unwrapDelimited(s: string, marker: string, wordBounded: boolean): string {
  const size = marker.length;
  const isSpace = (i: number) => i < 0 || i >= s.length || SPACE.test(s[i] as string);
  const isWord = (i: number) => i >= 0 && i < s.length && WORD_CHAR.test(s[i] as string);
  // nextClose[p]: the smallest j ≥ p where a closing marker starts (after a non-space), or -1.
  const nextClose = new Int32Array(s.length + 2).fill(-1);
  for (let j = s.length - size; j >= 0; j--) {
    const closes = s.startsWith(marker, j) && !isSpace(j - 1) && !(wordBounded && isWord(j + size));
    nextClose[j] = closes ? j : (nextClose[j + 1] ?? -1);
  }
  let out = "";
  let copied = 0;
  for (let i = 0; i + size < s.length;) {
    const opens = s.startsWith(marker, i) && !isSpace(i + size) && !(wordBounded && isWord(i - 1));
    if (!opens) {
      i++;
      continue;
    }
    const close = nextClose[i + size + 1] ?? -1;
    if (close === -1) break;
    out += s.slice(copied, i) + s.slice(i + size, close);
    copied = i = close + size;
  }
  return out + s.slice(copied);
}

/** Drops `<!-- … -->` comments (an opening without an end is left as text), in one pass. */
function withoutComments(s: string): string {
  let out = "";
  let copied = 0;
  for (let open = s.indexOf("<!--"); open !== -1; open = s.indexOf("<!--", copied)) {
    const close = s.indexOf("-->", open + 4);
    if (close === -1) break;
    out += s.slice(copied, open);
    copied = close + 3;
  }
  return out + s.slice(copied);
}
