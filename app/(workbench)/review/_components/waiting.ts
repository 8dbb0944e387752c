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
