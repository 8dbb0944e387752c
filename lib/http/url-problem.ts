/**
 * What is wrong with a request URL before any route sees it, or null. Next.js answers a path
 * whose percent-escapes are not UTF-8 (`/api/claims/%FF`, an encoded lone surrogate
 * `%ED%A0%80`) with a bare 500 while decoding the route's params, and a NUL (`%00`) can never
 * be part of an id or a search term (PostgreSQL refuses it in text), so both are refused up
 * front as client errors.
 */
export function urlProblem(pathname: string, search: string): string | null {
  for (const [part, raw] of [
    ["path", pathname],
    ["query", search],
  ] as const) {
    let decoded: string;
    try {
      decoded = decodeURIComponent(raw.replace(/\+/g, " "));
    } catch {
      return `The URL ${part} has a percent-escape that is not valid UTF-8`;
    }
    if (decoded.includes("\u0000")) return `The URL ${part} contains a NUL character (%00)`;
  }
  return null;
}
