const FALLBACK = "/articles";

const PLACEHOLDER_HOST = "claimbench.invalid";

/**
 * Where to go after signing in. Only paths on this site are allowed, so a crafted
 * `?callbackUrl=https://evil.example` cannot bounce people off-site. next-auth itself sends
 * absolute URLs to this site; those are accepted when their host is `ownHost`.
 */
export function safeCallbackPath(raw: string | string[] | undefined | null, ownHost?: string | null): string {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (!value) return FALLBACK;
  let url: URL;
  try {
    url = new URL(value, `http://${PLACEHOLDER_HOST}`);
  } catch {
    return FALLBACK;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return FALLBACK;
  if (url.host !== PLACEHOLDER_HOST && url.host !== ownHost) return FALLBACK;
  const path = `${url.pathname}${url.search}${url.hash}`;
  // "//host" and "/\host" are protocol-relative to browsers; the auth pages would only loop.
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return FALLBACK;
  if (/^\/(signin|signout)(\/|\?|#|$)/.test(path) || path.startsWith("/api/")) return FALLBACK;
  return path;
}

// next-auth puts an error code (or the message thrown by `authorize`) into `?error=` when it
// redirects here by itself; only known texts are shown, so the URL cannot put words on the page.
const KNOWN_ERRORS: Record<string, string> = {
  CredentialsSignin: "Wrong email or password.",
  SessionRequired: "Please sign in to continue.",
  OidcUnverifiedEmail:
    "Your organisation's sign-in did not confirm that your email address is verified, so it cannot be matched to an account. Verify it there and try again.",
  OidcNoEmail: "Your organisation's sign-in sent no email address; ask your administrator to release the email claim.",
  OidcNoAccount: "There is no Claimbench account for your email address yet; ask an administrator to create one.",
  OidcDisabled: "This account is disabled. Ask an administrator to enable it.",
  OAuthSignin: "Could not reach your organisation's sign-in. Please try again.",
  OAuthCallback: "Your organisation's sign-in did not complete. Please try again.",
  Callback: "Your organisation's sign-in did not complete. Please try again.",
};

export function signInErrorText(code: string | undefined): string | null {
  if (!code) return null;
  if (KNOWN_ERRORS[code]) return KNOWN_ERRORS[code];
  if (
    code === "Wrong email or password." ||
    /^Too many failed sign-in attempts\. Try again in \d+ (seconds|minutes)\.$/.test(code)
  )
    return code;
  return "Sign-in failed. Please try again.";
}
