import type { NextAuthOptions } from "next-auth";
import type { OAuthConfig } from "next-auth/providers/oauth";
import type { TokenSet } from "openid-client";
import CredentialsProvider from "next-auth/providers/credentials";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { authenticate } from "./authenticate";
import { oidcProviders, type OidcProviderConfig } from "./oidc-config";
import { authSecret } from "./secret";
import { IdentityRefused, signInWithIdentity } from "./sign-in-with-identity";
import { endOwnSession } from "./session-version";

/** The header scripts/server.mjs sets to the client's address (see scripts/client-address.mjs). */
const CLIENT_ADDRESS_HEADER = "x-claimbench-client";

/**
 * The client address for the sign-in limits: what the server in front of the app decided from
 * the socket and the trusted proxies. Without it (the app run by plain `next start`), the
 * rightmost X-Forwarded-For entry, which a client reaching the app directly can choose.
 */
function clientIp(headers: Record<string, string | string[] | undefined> | Headers): string {
  const get = (name: string) =>
    (headers instanceof Headers ? headers.get(name) : [headers[name]].flat().join(",")) || undefined;
  const stamped = get(CLIENT_ADDRESS_HEADER)?.trim();
  if (stamped) return stamped;
  const chain = (get("x-forwarded-for") ?? "")
    .split(",")
    .map((a) => a.trim())
    .filter(Boolean);
  return chain.at(-1) ?? "unknown";
}

export const SESSION_MAX_AGE_S = 30 * 24 * 60 * 60;

interface SignedInUser {
  id: string;
  sessionVersion?: number;
}

function isTokenSet(tokens: object): tokens is TokenSet {
  return typeof (tokens as { claims?: unknown }).claims === "function";
}

function oidcProvider(config: OidcProviderConfig): OAuthConfig<Record<string, unknown>> {
  return {
    id: config.id,
    name: config.name,
    type: "oauth",
    wellKnown: `${config.issuer}/.well-known/openid-configuration`,
    clientId: config.clientId,
    clientSecret: config.clientSecret,
    authorization: { params: { scope: "openid email profile" } },
    // The ID token is validated (issuer, audience, signature, nonce); the claims are then
    // completed from the userinfo endpoint, which many providers use for email and groups.
    idToken: true,
    checks: ["pkce", "state", "nonce"],
    userinfo: {
      async request({ tokens, client }) {
        // next-auth hands over openid-client's TokenSet, whose ID token it has just validated.
        if (!isTokenSet(tokens)) throw new Error("no validated ID token");
        const fromIdToken = tokens.claims();
        // Passing the TokenSet makes openid-client check that userinfo speaks of the same subject.
        const fromUserinfo = tokens.access_token ? await client.userinfo(tokens) : {};
        return { ...fromIdToken, ...fromUserinfo, sub: fromIdToken.sub };
      },
    },
    profile(profile) {
      return {
        id: String(profile.sub),
        email: typeof profile.email === "string" ? profile.email : null,
        claims: profile,
      };
    },
  };
}

/**
 * Sessions are signed JWT cookies that carry the user id and the user's session version. The
 * account is read from the database on every request: a role change, a disabled account, or a
 * raised session version (sign-out, password change, "sign out everywhere") takes effect at
 * once, on every instance.
 */
export function authOptions(): NextAuthOptions {
  const providers = oidcProviders();
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
            return { id: actor.id, email: actor.email, name: actor.name, sessionVersion: actor.sessionVersion };
          } catch (error) {
            // next-auth hands a thrown message to the sign-in page as `error`.
            if (error instanceof AppError) throw new Error(error.message);
            throw error;
          }
        },
      }),
      ...providers.map(oidcProvider),
    ],
    callbacks: {
      async signIn({ user, account }) {
        const config = providers.find((p) => p.id === account?.provider);
        if (!config) return true;
        const claims = (user as { claims?: Record<string, unknown> }).claims ?? {};
        try {
          // The next-auth user object becomes ours: the jwt callback below receives this one.
          const ours = await signInWithIdentity({ db: getDb(), provider: config, claims });
          Object.assign(user, { id: ours.id, sessionVersion: ours.sessionVersion, claims: undefined });
          return true;
        } catch (error) {
          if (error instanceof IdentityRefused) return `/signin?error=${error.code}`;
          throw error;
        }
      },
      jwt({ token, user }) {
        if (user) {
          const signedIn = user as SignedInUser;
          return { sub: signedIn.id, sv: signedIn.sessionVersion ?? 1 };
        }
        return token;
      },
      session({ session, token }) {
        return { ...session, userId: token.sub, sessionVersion: token.sv };
      },
    },
    events: {
      // Signing out ends every session of the account, so a copy of this cookie stops working too.
      async signOut({ token }) {
        if (token?.sub) await endOwnSession(getDb(), token.sub, Number(token.sv ?? 1));
      },
    },
  };
}
