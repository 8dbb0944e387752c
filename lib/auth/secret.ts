/**
 * The key that signs session cookies. Production refuses to run without one (sessions signed
 * with a made-up key would be forgeable or die on restart); development and tests get a fixed
 * local key so `next dev` works on a fresh clone.
 */
export function authSecret(): string {
  const secret = process.env.AUTH_SECRET;
  if (secret) return secret;
  // `next build` renders nothing that needs a real session; the running server must have one.
  if (process.env.NEXT_PHASE === "phase-production-build") return "build-phase-placeholder";
  if (process.env.NODE_ENV === "production" && process.env.CLAIMBENCH_ALLOW_DEV_SECRET !== "1") {
    throw new Error(missingSecretMessage);
  }
  return "claimbench-development-secret-not-for-production";
}

export const missingSecretMessage =
  "AUTH_SECRET is not set. Production needs a secret to sign sessions: set AUTH_SECRET to a long random string " +
  "(e.g. `openssl rand -base64 32`), or run `npm run quickstart`, which writes one to .env.local.";
