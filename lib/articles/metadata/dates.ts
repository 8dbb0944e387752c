/**
 * Date parsing for the ways news pages state a publication date in prose
 * ("Wednesday, February 20, 2013", "December 6, 2012 | 10:32 a.m. PST").
 * Prose dates come back as `YYYY-MM-DD`: the day as printed. A time and zone
 * are recognised (so the whole stamp is consumed) but not converted, because
 * converting "11:30 p.m. PST" to UTC would move the article to the next day.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};
const MONTH =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const WEEKDAY = "(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\\.?";
const MDY = `${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`;
const DMY = `(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`;
const YMD = "(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})";
const TIME = "(\\d{1,2})[:.](\\d{2})(?::(\\d{2}))?\\s*(a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)?";
const ZONE =
  "(z|utc|gmt|[ecmp][sd]t|bst|cest|cet|eest|eet|msk|jst|aest|aedt|(?:utc|gmt)?\\s?[+-]\\d{1,2}(?::?\\d{2})?)";

const DATE_ALTERNATIVES = `(?:${MDY}|${DMY}|${YMD})`;
const STAMP = `${DATE_ALTERNATIVES}(?:\\s*(?:\\||,|at|-|–|—|·|T)?\\s*${TIME}(?:\\s*\\(?${ZONE}\\)?)?)?`;
const PREFIX = "(?:(?:published|updated|last updated|posted|posted on|date)(?:\\s+on)?\\s*:?\\s*)?";
const LINE_RE = new RegExp(`^${PREFIX}(?:${WEEKDAY},?\\s+)?${STAMP}\\.?$`, "i");
const FIND_RE = new RegExp(`(?:${WEEKDAY},?\\s+)?${STAMP}`, "i");

function monthNumber(name: string): number | undefined {
  return MONTHS[name.slice(0, 3).toLowerCase()];
}

const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

/** Builds `YYYY-MM-DD`, or undefined for impossible dates (Feb 30, month 13). */
function toIso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return undefined;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return undefined;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

function fromMatch(m: RegExpExecArray): string | undefined {
  // Group layout follows STAMP: MDY(1-3) DMY(4-6) YMD(7-9); time and zone groups are ignored.
  let year: number;
  let month: number | undefined;
  let day: number;
  if (m[1]) [month, day, year] = [monthNumber(m[1]), Number(m[2]), Number(m[3])];
  else if (m[5]) [day, month, year] = [Number(m[4]), monthNumber(m[5]), Number(m[6])];
  else [year, month, day] = [Number(m[7]), Number(m[8]), Number(m[9])];
  if (month === undefined) return undefined;
  return toIso(year, month, day);
}

/**
 * Parses a line that consists of nothing but a date stamp (optionally with a
 * weekday, a time, a zone and a "Published:" style prefix).
 * @returns ISO date/time, or undefined when the line says anything else.
 */
export function parseDateLine(line: string): string | undefined {
  const m = LINE_RE.exec(line.trim());
  return m ? fromMatch(m) : undefined;
}

/**
 * Finds the first date stamp inside a longer line such as
 * "Jane Doe | December 6, 2012 | 10:32 a.m. PST".
 */
export function findDate(line: string): string | undefined {
  const m = FIND_RE.exec(line);
  return m ? fromMatch(m) : undefined;
}

const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

/**
 * Normalises a machine-readable date from HTML metadata. A full ISO 8601
 * timestamp with a zone is returned as written (its offset keeps the
 * publisher's local day); anything else ("2013/02/20" from citation_date,
 * "2016-02-11 10:00", RFC 2822) becomes `YYYY-MM-DD`.
 */
export function normalizeMetaDate(value: string): string | undefined {
  const v = value.trim();
  if (!v) return undefined;
  if (ISO_INSTANT.test(v)) {
    const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(v);
    return day && toIso(Number(day[1]), Number(day[2]), Number(day[3])) && !Number.isNaN(Date.parse(v)) ? v : undefined;
  }
  const numeric = /^(\d{4})[-/](\d{1,2})(?:[-/](\d{1,2}))?(?:[T ].*)?$/.exec(v);
  if (numeric) return toIso(Number(numeric[1]), Number(numeric[2]), Number(numeric[3] ?? 1));
  return findDate(v);
}
