import { missingSecretMessage } from "@/lib/auth/secret";

/**
 * Runs once when a server starts (scripts/server.mjs: before it listens; plain `next start`: at
 * its first request). A production server refuses to run without AUTH_SECRET, and a server that
 * others can reach refuses while a demo account still has the published password.
 */
export async function register() {
  const building = process.env.NEXT_PHASE === "phase-production-build";
  if (process.env.NEXT_RUNTIME !== "nodejs" || building) return;
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(`\n${missingSecretMessage}\n`);
    process.exit(1);
  }
  const { exposureReason, listenHostOf, accountsWithDemoPassword, demoPasswordMessage } =
    await import("@/lib/auth/exposure");
  const reason = exposureReason({
    listenHost: listenHostOf(process.argv, process.env),
    nodeEnv: process.env.NODE_ENV,
    publicUrl: process.env.NEXTAUTH_URL,
  });
  if (!reason) return;
  const { getDb } = await import("@/lib/db/client");
  const emails = await accountsWithDemoPassword(getDb());
  if (emails.length > 0) {
    console.error(`\n${demoPasswordMessage(reason, emails)}\n`);
    process.exit(1);
  }
}
