import { missingSecretMessage } from "@/lib/auth/secret";

/**
 * Runs once when a server starts. A production server without AUTH_SECRET refuses to start
 * (whatever launched it), rather than failing later at the first sign-in.
 */
export function register() {
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (
    process.env.NEXT_RUNTIME === "nodejs" &&
    process.env.NODE_ENV === "production" &&
    !building &&
    !process.env.AUTH_SECRET
  ) {
    console.error(`\n${missingSecretMessage}\n`);
    process.exit(1);
  }
}
