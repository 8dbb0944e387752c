/**
 * What is wrong with a request URL before any route sees it, or null. Next.js answers a path
 * whose percent-escapes are not UTF-8 (`/api/claims/%FF`, an encoded lone surrogate
 * `%ED%A0%80`) with a bare 500 while decoding the route's params, and a NUL (`%00`) can never
 * be part of an id or a search term (PostgreSQL refuses it in text), so both are refused up
 * front as client errors. The query is read the lenient way `URLSearchParams` reads it (a stray
 * "%" stays itself, bytes that are not UTF-8 become U+FFFD), so only a NUL there is refused.
 */
export function urlProblem(pathname: string, search: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return "The URL path has a percent-escape that is not valid UTF-8";
  }
  if (path.includes("\u0000")) return "The URL path contains a NUL character (%00)";
  for (const [key, value] of new URLSearchParams(search)) {
    if (`${key}${value}`.includes("\u0000")) return "The URL query contains a NUL character (%00)";
  }
  return null;
}
