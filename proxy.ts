import { NextResponse, type NextRequest } from "next/server";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http/errors";
import { contentSecurityPolicy, newNonce } from "@/lib/http/csp";
import { urlProblem } from "@/lib/http/url-problem";

/**
 * Refuses URLs no route can serve (see `urlProblem`) with a 400 instead of Next's bare 500, and
 * gives every response a Content-Security-Policy with a fresh script nonce. The policy is also
 * set on the request, where Next reads the nonce to put on its own scripts.
 */
export function proxy(req: NextRequest) {
  const problem = urlProblem(req.nextUrl.pathname, req.nextUrl.search);
  if (problem) return errorResponse(new AppError("bad_request", problem));
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
