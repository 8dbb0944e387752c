import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { urlProblem } from "@/lib/http/url-problem";
import { crossSiteRefusal } from "@/lib/http/csrf";

/**
 * Refuses URLs no route can serve (see `urlProblem`) with a 400 instead of Next's bare 500, and
 * gives every response a Content-Security-Policy with a fresh script nonce. The policy is also
 * set on the request, where Next reads the nonce to put on its own scripts.
 */
export function proxy(req: NextRequest) {
  const problem = urlProblem(req.nextUrl.pathname, req.nextUrl.search);
  if (problem) return errorResponse(new AppError("bad_request", problem));
  // A server action posted from another site: Next would refuse it with a bare 500; this is a 403 that says why.
  if (req.headers.has("next-action")) {
    const refusal = crossSiteRefusal(req);
    if (refusal) return errorResponse(new AppError("forbidden", refusal));
  }
  const policy = contentSecurityPolicy(newNonce(), { development: process.env.NODE_ENV === "development" });
  const headers = new Headers(req.headers);
  headers.set("content-security-policy", policy);
  const res = NextResponse.next({ request: { headers } });
  res.headers.set("content-security-policy", policy);
  return res;
}

// Next keeps a copy of every body that passes through here, and only the first 10 MB of it: the
// streamed imports (up to MAX_UPLOAD_BYTES / MAX_BULK_BYTES) must not pass through.
export const config = {
  matcher: ["/((?!_next/static|_next/image|favicon.ico|api/articles/upload|api/articles/bulk).*)"],
};
