import { missingSecretMessage } from "@/lib/auth/secret";
import { getDb } from "@/lib/db/client";
import { accountsWithDemoPassword, demoPasswordMessage, exposureReason, listenHostOf } from "./exposure";

/**
 * What must hold before a server answers anyone: a production server has AUTH_SECRET, and a
 * server others can reach has no demo account with the published password. Exits otherwise,
 * saying how to fix it.
 */
export async function runStartupChecks(): Promise<void> {
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    console.error(`\n${missingSecretMessage}\n`);
    process.exit(1);
  }
  const reason = exposureReason({
    listenHost: listenHostOf(process.argv, process.env),
    nodeEnv: process.env.NODE_ENV,
    publicUrl: process.env.NEXTAUTH_URL,
  });
  if (!reason) return;
  const emails = await accountsWithDemoPassword(getDb());
  if (emails.length > 0) {
    console.error(`\n${demoPasswordMessage(reason, emails)}\n`);
    process.exit(1);
  }
}
