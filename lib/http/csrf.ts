import { AppError } from "@/lib/errors";

/** Methods that must not change state, so a cross-site request for them is harmless. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

const CROSS_SITE_REFUSED =
  "Cross-site request refused: state-changing requests signed in by cookie must come from this app's own pages. " +
  "Scripts should send Authorization: Bearer <token>; a proxy's public origin goes in TRUSTED_ORIGINS.";

/** Origins allowed besides the request's own host: NEXTAUTH_URL and the comma-separated TRUSTED_ORIGINS. */
export function trustedOrigins(env: Record<string, string | undefined> = process.env): Set<string> {
  const origins = new Set<string>();
  for (const candidate of [env.NEXTAUTH_URL, ...(env.TRUSTED_ORIGINS ?? "").split(",")]) {
    const origin = originOf(candidate?.trim());
    if (origin) origins.add(origin);
  }
  return origins;
}

function originOf(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * Why a request must be refused as cross-site, or null when it may go on. Only cookie-signed
 * requests are CSRF-able: a bearer token is never sent by a browser on its own, so requests with
 * an Authorization header are not checked.
 *
 * The order follows the browser's signals from strongest to weakest (as Go's
 * net/http CrossOriginProtection does): `Sec-Fetch-Site` is set by the browser itself and
 * survives proxies, so when present it decides; `same-site` is refused too, because a sibling
 * subdomain is not this app. Browsers without it still send `Origin` on every state-changing
 * request, which must then name this host or a trusted origin. A request with neither header
 * did not come from a browser page, so no victim's cookie can have been lent to it.
 */
export function crossSiteRefusal(req: Request, trusted: Set<string> = trustedOrigins()): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  if (req.headers.has("authorization")) return null;
  const origin = req.headers.get("origin");
  const site = req.headers.get("sec-fetch-site");
  if (site) {
    if (site === "same-origin" || site === "none") return null;
    return origin && trusted.has(origin) ? null : CROSS_SITE_REFUSED;
  }
  if (!origin) return null;
  if (trusted.has(origin)) return null;
  // "null" (sandboxed frames, some redirects) and malformed origins name no host, so they never match.
  const host = req.headers.get("host");
  let originHost: string | null = null;
  try {
    originHost = origin === "null" ? null : new URL(origin).host;
  } catch {
    originHost = null;
  }
  return host && originHost && originHost.toLowerCase() === host.toLowerCase() ? null : CROSS_SITE_REFUSED;
}

/** Throws a 403 `forbidden` AppError for a cross-site state-changing request. */
export function assertSameOrigin(req: Request): void {
  const refusal = crossSiteRefusal(req);
  if (refusal) throw new AppError("forbidden", refusal);
}
