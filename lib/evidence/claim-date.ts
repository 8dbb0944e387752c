/**
 * The date a claim's figure refers to, for the cluster timeline and conflict detection.
 *
 * The claim's own time reference wins when it names a point in time ("December 2012",
 * "6 Dec 2012", "2012-12-06", "as of March 2013"); otherwise the article's publication date
 * stands in, since a news figure is normally "as of" its article. A reference that names the
 * start of a span ("since March 2011", "from 2011") says when counting began, not when the
 * figure held, so it is not used.
 */
import { findDate } from "@/lib/articles/metadata/dates";

export type DatePrecision = "day" | "month" | "year";

export interface ClaimDate {
  /** UTC midnight of the day; the 15th for a month, 1 July for a year (the middle, for plotting). */
  date: Date;
  source: "timeRef" | "article";
  precision: DatePrecision;
  /** "2012-12" for day or month precision, "2012" for a year: claims compare within one period. */
  period: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH_YEAR =
  /\b(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+((?:19|20)\d{2})\b/i;
const YEAR_MONTH = /\b((?:19|20)\d{2})-(0[1-9]|1[0-2])\b/;
const YEAR = /\b((?:19|20)\d{2})\b/;
const SPAN_START = /^\s*(since|from|after|starting|beginning|between)\b/i;

const pad = (n: number) => String(n).padStart(2, "0");

function utc(year: number, month: number, day: number): Date {
  return new Date(Date.UTC(year, month - 1, day));
}

function at(date: Date, source: ClaimDate["source"], precision: DatePrecision): ClaimDate {
  const year = date.getUTCFullYear();
  const period = precision === "year" ? String(year) : `${year}-${pad(date.getUTCMonth() + 1)}`;
  return { date, source, precision, period };
}

/** Reads a time reference as a point in time, or null when it names none (or a span's start). */
export function parseTimeRef(timeRef: string | null | undefined): Omit<ClaimDate, "source"> | null {
  if (!timeRef || SPAN_START.test(timeRef)) return null;
  const full = findDate(timeRef) ?? /\b\d{4}-\d{2}-\d{2}\b/.exec(timeRef)?.[0];
  if (full) {
    const [y, m, d] = full.slice(0, 10).split("-").map(Number);
    if (y && m && d) return strip(at(utc(y, m, d), "timeRef", "day"));
  }
  const monthYear = MONTH_YEAR.exec(timeRef);
  if (monthYear?.[1] && monthYear[2]) {
    const month = MONTHS.indexOf(monthYear[1].slice(0, 3).toLowerCase()) + 1;
    return strip(at(utc(Number(monthYear[2]), month, 15), "timeRef", "month"));
  }
  const yearMonth = YEAR_MONTH.exec(timeRef);
  if (yearMonth?.[1] && yearMonth[2])
    return strip(at(utc(Number(yearMonth[1]), Number(yearMonth[2]), 15), "timeRef", "month"));
  const year = YEAR.exec(timeRef);
  if (year?.[1]) return strip(at(utc(Number(year[1]), 7, 1), "timeRef", "year"));
  return null;
}

function strip({ date, precision, period }: ClaimDate): Omit<ClaimDate, "source"> {
  return { date, precision, period };
}

/** The claim's date per the rule above, or null when neither the claim nor its article has one. */
export function claimDate(claim: { timeRef: string | null }, article: { publishedAt: Date | null }): ClaimDate | null {
  const fromRef = parseTimeRef(claim.timeRef);
  if (fromRef) return { ...fromRef, source: "timeRef" };
  if (!article.publishedAt) return null;
  return at(article.publishedAt, "article", "day");
}
