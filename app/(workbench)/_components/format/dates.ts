/**
 * Dates as the workbench shows them, the same on every server and browser: days, timestamps,
 * claim dates only as precise as they are known, and how long something has waited.
 */
import type { DatePrecision } from "@/lib/evidence/claim-date";

// Month names are spelled out by hand: ICU versions disagree on short months ("Sep" vs "Sept"),
// and dates must read the same on every server.
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

/**
 * "6 Dec 2012", or an em dash when there is no date. Dates are shown in UTC because a
 * publication date is stored as UTC midnight; a local zone would shift it to the day before.
 */
export function formatDate(value: Date | null | undefined): string {
  if (!value || Number.isNaN(value.getTime())) return "—";
  return `${value.getUTCDate()} ${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
}

/** "6 Dec 2012, 14:05 UTC": timestamps (imports, tokens) where the time of day matters. */
export function formatDateTime(value: Date | null | undefined): string {
  if (!value || Number.isNaN(value.getTime())) return "—";
  const hh = String(value.getUTCHours()).padStart(2, "0");
  const mm = String(value.getUTCMinutes()).padStart(2, "0");
  return `${formatDate(value)}, ${hh}:${mm} UTC`;
}

/** A machine-readable value for `<time dateTime>`. */
export function isoDate(value: Date): string {
  return value.toISOString();
}

/** "6 Dec 2012", "Dec 2012" or "2012": as precise as the claim's date is, never more. */
export function formatClaimDate(date: Date | null, precision: DatePrecision | null): string {
  if (!date) return "Undated";
  if (precision === "year") return String(date.getUTCFullYear());
  if (precision === "month") return `${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
  return formatDate(date);
}

/** "Dec 2012" for a period key "2012-12", "2012" for "2012". */
export function formatPeriod(period: string): string {
  const [year, month] = period.split("-");
  return month ? `${MONTHS[Number(month) - 1]} ${year}` : (year ?? period);
}

/** "3 days", "5 hours", "12 minutes", "moments": how long a claim has waited, for the queue and dashboard. */
export function waitingFor(since: Date | null, now: Date = new Date()): string {
  if (!since) return "unknown time";
  const minutes = Math.max(0, Math.floor((now.getTime() - since.getTime()) / 60_000));
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  if (minutes < 1) return "moments";
  if (minutes < 60) return unit(minutes, "minute");
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return unit(hours, "hour");
  return unit(Math.floor(hours / 24), "day");
}
