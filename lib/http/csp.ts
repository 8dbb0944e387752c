/**
 * The Content-Security-Policy of pages. Scripts run only with this response's nonce (Next puts
 * it on its own inline RSC payload and chunk scripts when it finds it in the request's policy);
 * 'strict-dynamic' lets those scripts load the chunks they need, and nothing else runs: no
 * injected <script>, inline event handler or javascript: URL, even if markup ever slipped
 * through. Styles stay 'unsafe-inline' because the editor and React set style attributes.
 */
export function contentSecurityPolicy(nonce: string, { development = false } = {}): string {
  // Development's fast refresh evaluates code; production never needs eval.
  const script = `'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`;
  return [
    "default-src 'self'",
    `script-src ${script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** A fresh nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
