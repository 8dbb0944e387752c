import type { Db } from "@/lib/db/client";
import { DEMO_USERS } from "@/lib/seed/demo-users";
import { verifyPassword } from "@/lib/auth/password";
import { WELL_KNOWN_DEMO_PASSWORD } from "@/lib/auth/password-policy";

const LOOPBACK = /^(localhost|127(\.\d{1,3}){3}|::1|\[::1\])$/i;

/**
 * Why a server can be reached by others, or null for a local try-out: it listens on an address
 * other than loopback, or (production) its public URL names another host.
 */
export function exposureReason({
  listenHost,
  nodeEnv,
  publicUrl,
}: {
  listenHost: string | undefined;
  nodeEnv: string | undefined;
  publicUrl: string | undefined;
}): string | null {
  const host = listenHost ?? "0.0.0.0";
  if (!LOOPBACK.test(host)) return `it listens on ${host === "0.0.0.0" || host === "::" ? "every interface" : host}`;
  if (nodeEnv === "production" && publicUrl) {
    let urlHost: string;
    try {
      urlHost = new URL(publicUrl).hostname;
    } catch {
      return `NEXTAUTH_URL (${publicUrl}) is not a URL`;
    }
    if (!LOOPBACK.test(urlHost)) return `NEXTAUTH_URL is ${publicUrl}`;
  }
  return null;
}

/** The address `next start` / scripts/server.mjs was told to listen on (`-H`, `--hostname`, HOSTNAME). */
export function listenHostOf(argv: string[], env: Record<string, string | undefined>): string | undefined {
  if (env.CLAIMBENCH_LISTEN_HOST) return env.CLAIMBENCH_LISTEN_HOST;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if ((arg === "-H" || arg === "--hostname") && argv[i + 1]) return argv[i + 1];
    if (arg.startsWith("--hostname=")) return arg.slice("--hostname=".length);
  }
  return env.HOSTNAME || undefined;
}

/** Demo accounts (by email) that still sign in with a published demo password. */
export async function accountsWithDemoPassword(db: Db): Promise<string[]> {
  const passwords = [...new Set([WELL_KNOWN_DEMO_PASSWORD, process.env.DEMO_PASSWORD].filter(Boolean))] as string[];
  const users = await db.user.findMany({
    where: { email: { in: DEMO_USERS.map((u) => u.email) }, disabledAt: null },
    select: { email: true, passwordHash: true },
  });
  const found: string[] = [];
  for (const user of users) {
    for (const password of passwords) {
      if (await verifyPassword(password, user.passwordHash)) {
        found.push(user.email);
        break;
      }
    }
  }
  return found.sort();
}

export function demoPasswordMessage(reason: string, emails: string[]): string {
  return [
    `Claimbench will not start: this server can be reached by others (${reason}), and these accounts still have the published demo password:`,
    ...emails.map((e) => `  ${e}`),
    "Give each a password of its own or disable it, then start again:",
    ...emails.map((e) => `  npm run cli -- user set-password --email ${e}     (or: user disable --email ${e})`),
    "To try Claimbench on this machine only, serve on 127.0.0.1 (npm run quickstart does): HOSTNAME=127.0.0.1 npm start",
  ].join("\n");
}
