import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { assertSameOrigin } from "@/lib/http/csrf";
import { errorResponse } from "@/lib/http/errors";

type Handler = (req: Request, ctx: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Built per request so a missing AUTH_SECRET fails the request with its message, not the build.
const handler: Handler = (req, ctx) => (NextAuth(authOptions()) as Handler)(req, ctx);

/**
 * Sign-in and sign-out posts carry next-auth's own CSRF token; the same cross-site check as every
 * other route runs first, so a page elsewhere cannot sign a visitor in or out either.
 */
const post: Handler = async (req, ctx) => {
  try {
    assertSameOrigin(req);
  } catch (error) {
    return errorResponse(error);
  }
  return handler(req, ctx);
};

export { handler as GET, post as POST };
