import { encode } from "next-auth/jwt";
import { SESSION_MAX_AGE_S } from "./options";
import { authSecret } from "./secret";

/** next-auth's session cookie, with the `__Secure-` prefix when the app is served over https. */
function secureCookies(): boolean {
  return (process.env.NEXTAUTH_URL ?? "").startsWith("https://");
}

/**
 * A fresh session cookie for a user at their current session version, as next-auth would issue
 * it: after a password change, the browser that made it stays signed in while every other
 * session ends.
 */
export async function freshSessionCookie(userId: string, sessionVersion: number) {
  const secure = secureCookies();
  const value = await encode({
    token: { sub: userId, sv: sessionVersion },
    secret: authSecret(),
    maxAge: SESSION_MAX_AGE_S,
  });
  return {
    name: `${secure ? "__Secure-" : ""}next-auth.session-token`,
    value,
    options: { httpOnly: true, sameSite: "lax" as const, path: "/", secure, maxAge: SESSION_MAX_AGE_S },
  };
}
