/**
 * Word lists shared by {@link parseFigure} and {@link suggestClaims}.
 *
 * Kept apart from the grammar so the editorial decisions (which hedge maps
 * to which qualifier, which words signal a casualty) are reviewable in one
 * place.
 */
import type { Qualifier } from "./vocabulary";

/**
 * Hedge phrases before a figure, longest first so "no more than" wins over
 * "more than".
 *
 * "nearly"/"almost"/"just under"/"close to" map to `about`, not `up_to`:
 * the writer asserts the true value is close to N, while `up_to` asserts
 * only a ceiling (anything from 0 to N). Losing the "close to" half of the
 * claim is worse for a fact-checker than losing the "below" half.
 */
const QUALIFIER_PHRASES: ReadonlyArray<readonly [string, Qualifier]> = [
  ["no fewer than", "at_least"],
  ["no less than", "at_least"],
  ["not less than", "at_least"],
  ["a minimum of", "at_least"],
  ["at least", "at_least"],
  ["at minimum", "at_least"],
  ["no more than", "up_to"],
  ["not more than", "up_to"],
  ["a maximum of", "up_to"],
  ["fewer than", "up_to"],
  ["less than", "up_to"],
  ["as many as", "up_to"],
  ["up to", "up_to"],
  ["at most", "up_to"],
  ["under", "up_to"],
  ["below", "up_to"],
  ["more than", "more_than"],
  ["greater than", "more_than"],
  ["upwards of", "more_than"],
  ["in excess of", "more_than"],
  ["well over", "more_than"],
  ["just over", "more_than"],
  ["over", "more_than"],
  ["above", "more_than"],
  ["exceeding", "more_than"],
  ["an estimated", "about"],
  ["estimated", "about"],
  ["approximately", "about"],
  ["approx", "about"],
  ["roughly", "about"],
  ["around", "about"],
  ["about", "about"],
  ["nearly", "about"],
  ["almost", "about"],
  ["just under", "about"],
  ["close to", "about"],
  ["circa", "about"],
  ["some", "about"],
  ["an approximate", "about"],
  ["exactly", "exact"],
  ["precisely", "exact"],
];

/** Qualifier phrases as word arrays, longest first. */
export const QUALIFIERS: ReadonlyArray<{ words: readonly string[]; qualifier: Qualifier }> = QUALIFIER_PHRASES.map(
  ([p, qualifier]) => ({ words: p.split(" "), qualifier }),
).sort((a, b) => b.words.length - a.words.length);

/** Words marking a casualty figure when in the counted phrase or just before it. */
export const CASUALTY_WORDS: ReadonlySet<string> = new Set([
  "killed",
  "kill",
  "kills",
  "killing",
  "dead",
  "die",
  "died",
  "dies",
  "dying",
  "death",
  "deaths",
  "casualty",
  "casualties",
  "wounded",
  "wounding",
  "injured",
  "injuring",
  "injuries",
  "injury",
  "fatalities",
  "fatality",
  "lives",
  "slain",
  "massacred",
  "murdered",
  "executed",
  "perished",
  "toll",
  "bodies",
  "hurt",
  "victims",
  "fatally",
]);

/**
 * Words that may sit between the counted noun and a casualty word without
 * breaking the clause: "people have reportedly been killed".
 */
export const AUXILIARIES: ReadonlySet<string> = new Set([
  "have",
  "has",
  "had",
  "been",
  "were",
  "was",
  "are",
  "is",
  "be",
  "being",
  "got",
  "get",
  "reportedly",
  "reported",
  "believed",
  "thought",
  "feared",
  "said",
  "confirmed",
  "already",
  "now",
  "also",
  "all",
  "lost",
  "their",
  "so",
  "far",
  "later",
  "either",
]);

/**
 * Function words that end a counted noun phrase. A verb list would be
 * endless; closed-class words are enough to stop "500 people in need of aid"
 * at "people".
 */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    "a an the of in on at to for from by with as than that which who whom whose and or but nor " +
    "since after before during under over into onto across through per this these those it its " +
    "their they them he she his her we our you your i is are was were be been being have has had " +
    "do does did will would shall should can could may might must not no so such if when while " +
    "where there here also only just still each every all some any more most less least many " +
    "much few other another very too about around up down out off again then once according " +
    "including between among against without within along following behind beyond near toward " +
    "towards upon via despite amid amongst said say says reportedly whether because until unless " +
    "like whereas though although yet either neither both what how why now even ago last next"
  ).split(" "),
);

/**
 * Frequent verbs in conflict reporting that follow a counted noun ("2.3m
 * residents fled"). Only consulted after the first head word, so "left" or
 * "missing" can still be the whole unit on their own.
 */
export const VERB_STOPS: ReadonlySet<string> = new Set([
  "fled",
  "flee",
  "flees",
  "left",
  "leave",
  "remain",
  "remained",
  "remains",
  "live",
  "lived",
  "became",
  "become",
  "went",
  "came",
  "fell",
  "rose",
  "fought",
  "face",
  "faced",
  "need",
  "needed",
  "needs",
  "took",
  "made",
  "got",
  "lost",
  "returned",
  "arrived",
  "crossed",
  "sought",
  "received",
  "receive",
  "require",
  "required",
  "depend",
  "depended",
  "fight",
  "attended",
]);

/** Time units: a figure counting these is a duration, not a statistic. */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  "second",
  "seconds",
  "minute",
  "minutes",
  "hour",
  "hours",
  "day",
  "days",
  "week",
  "weeks",
  "month",
  "months",
  "year",
  "years",
  "decade",
  "decades",
  "century",
  "centuries",
  "night",
  "nights",
  "fortnight",
  "fortnights",
  "weekend",
  "weekends",
  "sec",
  "secs",
  "min",
  "mins",
  "hr",
  "hrs",
  "yr",
  "yrs",
  "millennia",
  "millennium",
]);

/** Months (and their abbreviations) whose neighbouring numbers are dates. */
export const MONTHS: ReadonlySet<string> = new Set([
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
  "jan",
  "feb",
  "mar",
  "apr",
  "jun",
  "jul",
  "aug",
  "sep",
  "sept",
  "oct",
  "nov",
  "dec",
]);

/** Prepositions that make a bare four-digit number a year ("since 2011"). */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set([
  "in",
  "since",
  "by",
  "until",
  "till",
  "from",
  "of",
  "before",
  "after",
  "during",
  "early",
  "late",
  "mid",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "year",
  "circa",
  "through",
  "between",
  "throughout",
  "pre",
  "post",
]);

/** Nouns counted by page chrome ("1 comment", "12 shares"), never claims. */
export const FURNITURE_NOUNS: ReadonlySet<string> = new Set([
  "comment",
  "comments",
  "reply",
  "replies",
  "share",
  "shares",
  "like",
  "likes",
  "view",
  "views",
  "retweet",
  "retweets",
  "follower",
  "followers",
  "photo",
  "photos",
  "image",
  "images",
  "page",
  "pages",
  "slide",
  "slides",
  "result",
  "results",
  "item",
  "items",
  "min",
  "read",
]);

/** Labels whose following number is an identifier ("Chapter 7", "Resolution 2254"). */
export const IDENTIFIER_LABELS: ReadonlySet<string> = new Set([
  "chapter",
  "article",
  "section",
  "resolution",
  "page",
  "no",
  "number",
  "flight",
  "route",
  "room",
  "vol",
  "volume",
  "issue",
  "version",
  "phase",
  "act",
  "rule",
  "highway",
  "paragraph",
  "clause",
  "part",
  "step",
  "level",
  "grade",
  "episode",
  "season",
  "tier",
  "plan",
  "item",
  "p",
  "pp",
  "fig",
  "figure",
  "table",
  "unit",
  "building",
  "gate",
  "platform",
  "line",
  "channel",
]);

/** Fractions of a whole ("half the population"). */
export const FRACTIONS: Readonly<Record<string, number>> = {
  half: 0.5,
  third: 1 / 3,
  quarter: 0.25,
  thirds: 2 / 3,
  quarters: 0.75,
};

/** Currency symbols and the unit name recorded for them. */
export const CURRENCIES: Readonly<Record<string, string>> = {
  $: "$",
  "£": "£",
  "€": "€",
  "¥": "¥",
};

/** Glued magnitude suffixes: "2.3m", "5bn", "40k". */
export const SUFFIX_SCALES: Readonly<Record<string, number>> = {
  k: 1e3,
  m: 1e6,
  mn: 1e6,
  mln: 1e6,
  bn: 1e9,
  b: 1e9,
  tn: 1e12,
  million: 1e6,
  billion: 1e9,
};
