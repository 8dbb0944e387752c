import { formatDate } from "@/app/_components/format";
import type { DatePrecision } from "@/lib/evidence/claim-date";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"] as const;

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
