import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/http/errors";
import { authenticate } from "./authenticate";
import { authSecret } from "./secret";

/** Best guess at the client address, for per-address sign-in limits. */
export function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const get = (name: string) => (headers instanceof Headers ? headers.get(name) : [headers[name]].flat()[0]) ?? undefined;
  return get("x-forwarded-for")?.split(",")[0]?.trim() || get("x-real-ip") || "local";
}

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

/**
 * Sessions are signed JWT cookies: no server-side state, so they survive restarts and work
 * across instances. The token carries only the user id; role and name are read from the
 * database on every request, so a role change or a disabled account takes effect at once.
 */
export function authOptions(): NextAuthOptions {
  return {
    secret: authSecret(),
    session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_S },
    pages: { signIn: "/signin", signOut: "/signout", error: "/signin" },
    providers: [
      CredentialsProvider({
        name: "Email and password",
        credentials: { email: { label: "Email", type: "email" }, password: { label: "Password", type: "password" } },
        async authorize(credentials, req) {
          try {
            const actor = await authenticate({
              db: getDb(),
              email: credentials?.email ?? "",
              password: credentials?.password ?? "",
              ip: clientIp(req.headers ?? {}),
            });
            return { id: actor.id, email: actor.email, name: actor.name };
          } catch (error) {
            // next-auth hands a thrown message to the sign-in page as `error`.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
    ],
    callbacks: {
      jwt({ token, user }) {
        if (user) token.sub = user.id;
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub };
      },
    },
  };
}
