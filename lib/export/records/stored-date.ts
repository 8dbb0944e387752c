/**
 * Stored DateTimes as the export writes them (ISO 8601, UTC, milliseconds), without a `Date`
 * per value where the stored form allows it: a claim row has two or three, and `new Date(…)
 * .toISOString()` cost more than half a microsecond each, a tenth of an export's time.
 */

const ZONE = /(?:[zZ]|[+-]\d\d:?\d\d)$/;
/** PostgreSQL `timestamp` text (UTC by how Prisma writes it): up to six fractional digits, no zone. */
const PG_TIMESTAMP = /^(\d{4}-\d\d-\d\d) (\d\d:\d\d:\d\d)(?:\.(\d{1,6}))?$/;
/** What the SQLite adapter writes: ISO with milliseconds, UTC as `Z` or `+00:00`. */
const ISO_UTC_MS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}(?:Z|\+00:00)$/;

const DAY_MS = 86_400_000;
/** 9999-12-31T23:59:59.999Z: beyond it (or before 1970) the ISO form changes shape; `Date` handles those. */
const LAST_FOUR_DIGIT_MS = 253_402_300_799_999;
const dayPrefixes = new Map<number, string>();
const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
const pad3 = (n: number) => (n < 10 ? `00${n}` : n < 100 ? `0${n}` : `${n}`);

/** `new Date(ms).toISOString()`, with the day part (`YYYY-MM-DDT`) remembered per day. */
export function isoFromEpochMs(ms: number): string {
  if (!Number.isInteger(ms) || ms < 0 || ms > LAST_FOUR_DIGIT_MS) return new Date(ms).toISOString();
  const day = Math.floor(ms / DAY_MS);
  let prefix = dayPrefixes.get(day);
  if (prefix === undefined) {
    if (dayPrefixes.size >= 4096) dayPrefixes.clear();
    prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
    dayPrefixes.set(day, prefix);
  }
  let rest = ms - day * DAY_MS;
  const hours = Math.floor(rest / 3_600_000);
  rest -= hours * 3_600_000;
  const minutes = Math.floor(rest / 60_000);
  rest -= minutes * 60_000;
  const seconds = Math.floor(rest / 1000);
  return `${prefix}${pad2(hours)}:${pad2(minutes)}:${pad2(seconds)}.${pad3(rest - seconds * 1000)}Z`;
}

/**
 * A stored DateTime as Prisma returns it, in ISO form: SQLite holds ISO text (what the adapter
 * writes) or epoch milliseconds; PostgreSQL's `timestamp` text is UTC without a zone. The
 * forms the adapters write are rewritten as text (`Date` truncates extra fractional digits to
 * milliseconds, and so does this); anything else goes through `Date` as before.
 */
export function storedDateToIso(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "bigint") return isoFromEpochMs(Number(value));
  if (value instanceof Date) return value.toISOString();
  const stored = String(value);
  if (ISO_UTC_MS.test(stored)) return `${stored.slice(0, 23)}Z`;
  const pg = PG_TIMESTAMP.exec(stored);
  if (pg) return `${pg[1]}T${pg[2]}.${(pg[3] ?? "").padEnd(3, "0").slice(0, 3)}Z`;
  const text = stored.replace(" ", "T");
  return new Date(ZONE.test(text) || !text.includes("T") ? text : `${text}Z`).toISOString();
}
