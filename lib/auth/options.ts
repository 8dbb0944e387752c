import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { authSecret } from "./secret";

/**
 * The client address for per-address sign-in limits. `next start` fills X-Forwarded-For with the
 * socket's address only when the request has none, and a proxy appends the address it saw, so
 * entries on the left may be whatever the client claimed. The one to trust is the entry added by
 * the outermost of the `proxyHops` trusted proxies (TRUSTED_PROXY_HOPS, default 1): counted from
 * the right.
 */
export function clientIp(
  headers: Record<string, string | string[] | undefined> | Headers,
  proxyHops = trustedProxyHops(),
): string {
  const get = (name: string) =>
    (headers instanceof Headers ? headers.get(name) : [headers[name]].flat().join(",")) || undefined;
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  if (chain.length > 0) return chain[Math.max(0, chain.length - Math.max(1, proxyHops))]!;
  return get("x-real-ip") || "local";
}

function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
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
