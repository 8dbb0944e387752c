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

// Made on first use: the browser's first Intl formatter loads locale data (≈20 ms), a cost
// every page importing this module would otherwise pay while its script starts.
let numberFormat: Intl.NumberFormat | undefined;

export function formatNumber(value: number): string {
  numberFormat ??= new Intl.NumberFormat("en-US");
  return numberFormat.format(value);
}

/** A machine-readable value for `<time dateTime>`. */
export function isoDate(value: Date): string {
  return value.toISOString();
}
