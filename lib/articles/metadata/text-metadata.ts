/**
 * Metadata stated by an article's own text: headline, site name, byline and
 * dateline. Only what the text says is returned; a field is undefined when
 * the text does not say it, because a wrong author or date on an annotated
 * article is worse than a missing one.
 */
import {
  bylineName,
  classifyHeaderLine,
  classifyLine,
  headlineFollows,
  isNameOnly,
  mastheadName,
  tailHeading,
} from "../cleaning/boilerplate-rules";
import { findDate, parseDateLine } from "./dates";
import {
  blockKey,
  firstProseIndex,
  isEmptyBlock,
  looksLikeHeadline,
  normalizeRaw,
  splitBlocks,
} from "../cleaning/text-blocks";

/** Metadata found in the text itself. */
export interface TextMetadata {
  /** The headline line. */
  title?: string;
  /** Site or organisation name from a masthead or copyright line. */
  publisher?: string;
  /** Person or agency credited by a byline, author box or closing bio. */
  author?: string;
  /** ISO 8601: `YYYY-MM-DD`, or a UTC timestamp when the dateline gives a time and zone. */
  publishedAt?: string;
}

/**
 * Extracts metadata from an article's raw text.
 * @param raw The text as imported (chrome included: mastheads and bylines live there).
 * @param cleaned The canonical text from `cleanText(raw).text`; its first paragraph is the headline candidate.
 */
export function extractTextMetadata(raw: string, cleaned: string): TextMetadata {
  const blocks = splitBlocks(normalizeRaw(raw));
  const bodyStart = firstProseIndex(blocks);
  const header = blocks.slice(0, bodyStart);
  const meta: TextMetadata = {
    title: findTitle(header, cleaned),
    publisher: findPublisher(blocks, bodyStart),
    author: findAuthor(blocks, bodyStart),
    publishedAt: findPublished(blocks, header),
  };
  for (const key of Object.keys(meta) as (keyof TextMetadata)[]) if (meta[key] === undefined) delete meta[key];
  return meta;
}

/** The first canonical paragraph, if it is headline-shaped and sits in the page header. */
function findTitle(header: readonly string[], cleaned: string): string | undefined {
  const first = cleaned.split("\n\n")[0]?.trim();
  if (!first || !looksLikeHeadline(first)) return undefined;
  const key = blockKey(first);
  return header.some((b) => blockKey(b) === key) ? first : undefined;
}

const COPYRIGHT =
  /^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)\s+(.{2,80}?)[.,]?(?:\s+all rights reserved\.?)?$/i;

function findPublisher(blocks: readonly string[], bodyStart: number): string | undefined {
  const first = blocks.findIndex(
    (b, i) => i < bodyStart && !isEmptyBlock(b) && !classifyLine(b) && !classifyHeaderLine(b),
  );
  // Only the first real header line can be a masthead; after it comes the headline.
  const masthead =
    first >= 0 && first < bodyStart
      ? mastheadName(blocks[first] ?? "", headlineFollows(blocks, first + 1, bodyStart))
      : undefined;
  if (masthead) return masthead;
  for (const b of blocks) {
    const name = COPYRIGHT.exec(b)?.[1];
    if (name) return name.trim();
  }
  return undefined;
}

const SEPARATOR = /^[_\-*=~]{3,}$/;
const BIO = /^(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,3}) (?:is|was) (?:a|an|the)\b/u;
const AGENCY_NAME = /^(?:AFP|Reuters|AP|Associated Press|Agence France-Presse|DPA|Xinhua|Anadolu Agency)$/;

function findAuthor(blocks: readonly string[], bodyStart: number): string | undefined {
  for (const b of blocks.slice(0, bodyStart)) {
    const name = bylineName(b);
    if (name) return name;
  }
  for (const [i, b] of blocks.entries()) {
    if (i < bodyStart) continue;
    const previous = blocks[i - 1] ?? "";
    // "Written By" author box: the name is printed just before or just after the heading.
    if (tailHeading(b)?.reason === "boilerplate") {
      const near = [previous, blocks[i + 1] ?? ""].find((n) => AGENCY_NAME.test(n) || isNameOnly(n));
      if (near) return near;
    }
    // A closing bio set off by a rule: "__________ / Maria Dubovikova is a President of…".
    const bio = SEPARATOR.test(previous) ? BIO.exec(b)?.[1] : undefined;
    if (bio) return bio;
  }
  return undefined;
}

const PUBLISHED_PREFIX = /^(?:published|posted)(?:\s+on)?\s*:?\s/i;
const UPDATED_PREFIX = /^(?:last\s+)?updated\b/i;

function findPublished(blocks: readonly string[], header: readonly string[]): string | undefined {
  for (const b of header) {
    // An "Updated" stamp is not the publication date; leaving it out is more honest than guessing.
    if (UPDATED_PREFIX.test(b)) continue;
    const date = parseDateLine(b) ?? (bylineName(b) ? findDate(b) : undefined);
    if (date) return date;
  }
  for (const b of blocks) {
    if (b.length <= 120 && PUBLISHED_PREFIX.test(b)) {
      const date = findDate(b);
      if (date) return date;
    }
  }
  return undefined;
}
