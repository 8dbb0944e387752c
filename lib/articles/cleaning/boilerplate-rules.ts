/**
 * Line classifiers for web boilerplate. Every rule here is deliberately
 * narrow: it either matches a whole short line or a phrase that only ever
 * appears in site chrome, so a sentence of real reporting cannot trip it.
 */
import { parseDateLine } from "../metadata/dates";
import { isEmptyBlock, looksLikeHeadline, wordCount } from "./text-blocks";

/** Why a block was left out of the canonical text. */
export type RemovalReason =
  | "boilerplate"
  | "duplicate-block"
  | "repeated-caption"
  | "navigation"
  | "comments"
  | "promo"
  | "empty"
  // An ad inside the text ("Sponsored: Top 10 holiday deals").
  | "advertisement"
  // A newsletter or alerts sign-up prompt.
  | "newsletter"
  // A photo caption (a <figcaption>, or a line ending in its photo credit).
  | "caption"
  // HTML only: what Readability left out as not the article's main text, and page chrome.
  | "not-main-content"
  | "sidebar"
  | "footer"
  | "form"
  | "dialog";

/** Keyword rules only look at lines this short; longer lines are presumed prose. */
const SHORT_LINE_WORDS = 12;
const SHORT_LINE_CHARS = 120;

/** True for lines short enough that keyword rules may judge them. */
function isShortLine(line: string): boolean {
  return wordCount(line) <= SHORT_LINE_WORDS && line.length <= SHORT_LINE_CHARS;
}

const NAVIGATION: readonly RegExp[] = [
  /^connect with us$/i,
  /^hi,? what are you looking for\??$/i,
  /^skip to (?:main )?(?:content|navigation)$/i,
  /^(?:main )?menu$/i,
  /^(?:search|search for|search\.\.\.)\s*:?$/i,
  /^(?:type|press enter) (?:here|to search|and hit enter).*$/i,
  /^(?:home|back to top|top stories)$/i,
  /^(?:toggle|open|close) (?:navigation|menu|search)$/i,
  /^(?:log ?in|sign ?in|sign ?up|register|log ?out|my account)$/i,
  /^follow us(?: on [\w .]+)?:?$/i,
  /^(?:previous|next) (?:article|post|story)$/i,
];

const BOILERPLATE: readonly RegExp[] = [
  // Share buttons rendered as text.
  /^(?:pin it|tweet|share|share this(?: article| story| post)?|email this|print(?: this)?(?: article| page)?|copy link|save(?: article)?)\s*:?$/i,
  /^share (?:on|via|to) (?:facebook|twitter|x|linkedin|whatsapp|reddit|email|telegram)$/i,
  /^(?:facebook|twitter|linkedin|whatsapp|reddit|telegram|pinterest)$/i,
  // Subscribe / newsletter prompts.
  /^(?:subscribe|sign up|sign-up|join)\b.*\b(?:newsletter|updates|inbox|alerts|mailing list)\b.*$/i,
  /^subscribe(?: now| today| here)?[.!]?$/i,
  // Site banners, ads and read-more stubs.
  /\bwe'?ve moved to\b|\bvisit us there\b/i,
  /^(?:advertisement|advertising|sponsored(?: content)?|promoted|story continues below(?: advertisement)?|continue reading(?: below)?|read more|scroll to continue(?: with content)?)\s*:?$/i,
  // Photo credits.
  /^(?:photo|image|picture|video|graphic|illustration)s?\s*(?:credit|courtesy|by|source)?\s*:/i,
  /^(?:photo|image)s? (?:by|courtesy of) /i,
  /^[\p{L} .]*\/?\s*creative commons$/iu,
  // Contact-the-author prompts ("Email Jane Doe here or follow her on Twitter.").
  /^(?:e-?mail|contact) [\p{L} .'’-]{1,60}\bhere\b.*$/iu,
  /\bfollow (?:him|her|them|us|me) on (?:twitter|facebook|instagram|x)\b/i,
  // Copyright footers.
  /^(?:©|\(c\)\s*\d{4}|copyright\s*(?:©|\(c\))?\s*\d{4})/i,
  /\ball rights reserved\.?$/i,
];

// Case-sensitive on purpose: "AP", "Pool" and "File" are ordinary words in lowercase.
const AGENCY =
  "(?:AFP|Reuters|REUTERS|AP|Associated Press|Agence France-Presse|Getty Images|EPA|EPA-EFE|AAP|DPA|Xinhua|Anadolu(?: Agency)?|Pool|File|Shutterstock|Sipa)";
/** A line that is just a wire agency name: the agency footer under wire copy. */
const AGENCY_ONLY = new RegExp(`^${AGENCY}$`);
/** "Bulent Kilic, AFP/File", ", Russian Defence Ministry/AFP/File": photo credits under captions. */
const AGENCY_CREDIT = new RegExp(`^,?\\s*[^.!?]{0,60}[,/]\\s*${AGENCY}(?:\\s*/\\s*[\\p{L} .-]+)*$`, "u");

/** Comment-form chrome, recognised anywhere because the phrases are unmistakable. */
const COMMENT_FORM: readonly RegExp[] = [
  /your email address will not be published/i,
  /required fields are marked/i,
  /copy this password/i,
  /type or paste password here/i,
  /you may use these html tags and attributes/i,
  /notify me of (?:follow-up comments|new posts)/i,
  /save my name,? email/i,
  /^(?:post|submit) (?:a )?comment$/i,
  /^cancel reply$/i,
];

/** An ad label followed by the ad itself: "Sponsored: Top 10 holiday deals", "Advertisement – …". */
const INLINE_AD =
  /^(?:sponsored|sponsored content|sponsored link|advertisement|ad|promoted|paid (?:content|post|partner content)|partner content)\s*(?::|\||–|—|-)\s*\S/i;

/**
 * A newsletter prompt, even one longer than a short line: it opens with the ask ("Sign up…",
 * "Want more…?", "Don't miss…") and names a newsletter, briefing or alerts, so a sentence that
 * reports on a newsletter ("Readers were told to subscribe to the newsletter, the paper said")
 * stays.
 */
const NEWSLETTER_THING = /\b(?:newsletters?|briefing|e-?mail alerts|news alerts)\b/i;
const NEWSLETTER_ASK =
  /^(?:sign up|sign-up|subscribe|get (?:our|the)|want (?:more|the|our)|don'?t miss|never miss|like (?:this|what you)|enjoy(?:ed|ing)? (?:this|reading)|stay (?:informed|up to date)|keep up)\b/i;
const NEWSLETTER_MAX_WORDS = 40;

/** A caption that ends in its photo credit: "Volunteers fill sandbags on Monday. (Photo: J. Smith/The Ledger)". */
const PHOTO_CREDIT = /^[([] ?(?:photo|photograph|picture|image|foto)s?\b[^)\]]{0,80}[)\]]$/i;

/** Whether the line ends in a bracketed photo credit after some text of its own. */
function endsInPhotoCredit(line: string): boolean {
  const open = Math.max(line.lastIndexOf("("), line.lastIndexOf("["));
  return open > 0 && PHOTO_CREDIT.test(line.slice(open));
}

const CAPTION_MAX_WORDS = 60;

/** Classifies a short line by keyword; undefined when no rule applies. */
export function classifyLine(line: string): RemovalReason | undefined {
  if (line.length <= 300 && COMMENT_FORM.some((re) => re.test(line))) return "comments";
  const words = wordCount(line);
  if (words <= NEWSLETTER_MAX_WORDS && NEWSLETTER_THING.test(line) && NEWSLETTER_ASK.test(line)) return "newsletter";
  if (words <= CAPTION_MAX_WORDS && endsInPhotoCredit(line)) return "caption";
  if (isShortLine(line) && INLINE_AD.test(line)) return "advertisement";
  if (!isShortLine(line)) return undefined;
  if (NAVIGATION.some((re) => re.test(line))) return "navigation";
  if (BOILERPLATE.some((re) => re.test(line))) return "boilerplate";
  if (AGENCY_ONLY.test(line) || (!/[.!?]$/.test(line) && AGENCY_CREDIT.test(line))) return "boilerplate";
  return undefined;
}

/** A heading after which the rest of the page is comments, promos or an author box. */
export interface TailHeading {
  reason: RemovalReason;
  /** Strong headings are unambiguous; weak ones need to sit deeper in the page. */
  strong: boolean;
}

const TAIL_HEADINGS: readonly { re: RegExp; reason: RemovalReason; strong: boolean }[] = [
  {
    re: /^(?:leave a (?:reply|comment)|post a comment|add (?:a )?comment|join the (?:discussion|conversation)|\d+ (?:comments?|responses?|replies)|(?:show|view|load) comments)$/i,
    reason: "comments",
    strong: true,
  },
  { re: /^(?:comments?|discussion|responses)$/i, reason: "comments", strong: false },
  {
    re: /^(?:you (?:may|might) also (?:like|enjoy)|related (?:articles|stories|posts|content|coverage|news)|more from [\p{L} .&'’-]+|recommended for you|what to read next)$/iu,
    reason: "promo",
    strong: true,
  },
  {
    re: /^(?:related|recommended|trending(?: now)?|popular(?: now| posts)?|most (?:read|popular|viewed)|read next|buzz|more stories|latest(?: news)?|don'?t miss|in case you missed it)$/i,
    reason: "promo",
    strong: false,
  },
  { re: /^(?:written by|about the (?:author|writer)|author bio)$/i, reason: "boilerplate", strong: true },
];

/** Recognises a tail heading such as "Leave a Reply", "1 comment:" or "You may also like:". */
export function tailHeading(line: string): TailHeading | undefined {
  const bare = line.replace(/\s*:$/, "");
  if (!isShortLine(bare)) return undefined;
  const hit = TAIL_HEADINGS.find((h) => h.re.test(bare));
  return hit ? { reason: hit.reason, strong: hit.strong } : undefined;
}

const ROLE =
  /^(?:(?:executive|senior|managing|contributing|deputy|associate|chief|staff|guest|political|foreign|special) )?(?:producer|editor|reporter|writer|correspondent|contributor|columnist|journalist|intern|staff writer|blogger)$/i;
const SECTION =
  /^(?:world|news|politics|business|opinion|analysis|middle east|europe|u\.?s\.?|international|sports?|tech|technology|science|tech & science|health|life|lifestyle|culture|entertainment|local|national|breaking news|editorial|commentary|features?|social media|blog|home)$/i;
const NAME_WORD = "\\p{Lu}[\\p{L}.'’-]*";
// No "i" flag: under /iu, \p{Lu} would also match lowercase and "by the way…" would pass.
// The lookahead keeps headlines such as "By Monday, Talks Resume" from reading as bylines.
const NOT_A_NAME =
  "(?!(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\\b|(?:January|February|March|April|May|June|July|August|September|October|November|December|The|This|That|Then|Now|Next|Last|Early|Late|Mid|Law|Force)\\b)";
const BYLINE_BY = new RegExp(
  `^(?:By|BY|by):?\\s+${NOT_A_NAME}${NAME_WORD}(?:\\s+(?:${NAME_WORD}|and|&|de|van|von|al|el)){0,5}\\s*(?:(?:,|\\s[-–—])\\s*${NAME_WORD}(?:\\s+${NAME_WORD}){0,3}|\\|.*)?$`,
  "u",
);
const BYLINE_PIPE = new RegExp(`^(${NAME_WORD}(?:\\s+${NAME_WORD}){1,3})\\s*\\|(.*)$`, "u");

/** Extracts the person named by a header byline ("By Jane Doe", "Jane Doe |"). */
export function bylineName(line: string): string | undefined {
  if (!isShortLine(line)) return undefined;
  const pipe = BYLINE_PIPE.exec(line);
  const [, name, rest = ""] = pipe ?? [];
  if (name && (rest.trim() === "" || parseDateLine(rest) !== undefined)) return name.replace(/^by:?\s+/i, "");
  const dated = datedByline(line);
  if (dated) return dated;
  if (BYLINE_BY.test(line)) {
    return (
      line
        .replace(/^by:?\s+/i, "")
        .split(/\s*[|,–—]\s*|\s+-\s+/)[0]
        ?.trim() || undefined
    );
  }
  return undefined;
}

/** The text without the separators (spaces, commas, pipes, dashes) at its end. */
function trimSeparators(text: string): string {
  let end = text.length;
  while (end > 0 && " ,|·–—-".includes(text.charAt(end - 1))) end--;
  return text.slice(0, end);
}

/**
 * A "By" byline with the date after the name, as Markdown bylines run: "By Jane Doe — December 3,
 * 2026", "By Jane Doe, 3 December 2026", or "By Jane Doe 3 December 2026" (two emphasised lines
 * that Markdown joins into one). The name, when what follows it is a date.
 */
function datedByline(line: string): string | undefined {
  if (!/^by:?\s/i.test(line)) return undefined;
  const words = line.replace(/^by:?\s+/i, "").split(" ");
  for (let cut = Math.min(6, words.length - 1); cut >= 1; cut--) {
    const name = trimSeparators(words.slice(0, cut).join(" "));
    const date = words
      .slice(cut)
      .join(" ")
      .replace(/^[|,·–—-]\s*/, "");
    if (name && parseDateLine(date) !== undefined && BYLINE_BY.test(`By ${name}`)) return name;
  }
  return undefined;
}

/** Header-only rules: datelines, bylines, staff roles and section labels. */
export function classifyHeaderLine(line: string): RemovalReason | undefined {
  if (!isShortLine(line)) return undefined;
  if (parseDateLine(line) !== undefined) return "boilerplate";
  if (bylineName(line) !== undefined || ROLE.test(line)) return "boilerplate";
  if (SECTION.test(line)) return "navigation";
  return undefined;
}

const TAGLINE =
  /\b(?:news|media|magazine|journal|digital|blog|online|newspaper|times|daily|weekly|press|reporting|journalism)\b/i;
const ORG_NOUN =
  /\b(?:observatory|institute|foundation|news|times|post|herald|journal|tribune|gazette|chronicle|magazine|press|monitor|observer|daily|weekly|network|media|agency|broadcasting|radio|television|review|dispatch|centre|center|council|committee|society|association|organi[sz]ation)\b/i;

/**
 * Recognises a masthead (site name) line at the top of a page and returns the
 * publisher name. `nextIsHeadline` says whether another headline-like line
 * follows before the body: a bare organisation name is only a masthead when
 * the real headline comes after it, otherwise it may be the headline itself.
 */
export function mastheadName(line: string, nextIsHeadline: boolean): string | undefined {
  if (!isShortLine(line) || /[.!?:]$/.test(line)) return undefined;
  if (!nextIsHeadline) return undefined;
  const [, name, tagline] = /^(.{2,60}?)\s+[-–—|:]\s+(.{2,80})$/.exec(line) ?? [];
  if (name && tagline && TAGLINE.test(tagline)) return name.trim();
  if (wordCount(line) <= 8 && ORG_NOUN.test(line) && isTitleCase(line)) return line;
  return undefined;
}

/** Every word of four or more letters starts with a capital, as in names of organisations. */
function isTitleCase(line: string): boolean {
  const words = line.split(" ").filter((w) => /^\p{L}{4,}/u.test(w));
  return words.length > 0 && words.every((w) => /^\p{Lu}/u.test(w));
}

/** Short line made only of capitalised name words, as printed under a pull-quote. */
export function isNameOnly(line: string): boolean {
  return new RegExp(`^${NAME_WORD}(?:\\s+${NAME_WORD}){1,3}$`, "u").test(line);
}

/**
 * Whether a headline-like block, not itself chrome, comes between `from` and
 * the body. Tells a masthead ("Site Name", then the headline) from a headline.
 */
export function headlineFollows(blocks: readonly string[], from: number, bodyStart: number): boolean {
  for (const b of blocks.slice(from, bodyStart)) {
    if (isEmptyBlock(b) || classifyLine(b) || classifyHeaderLine(b)) continue;
    return looksLikeHeadline(b);
  }
  return false;
}
