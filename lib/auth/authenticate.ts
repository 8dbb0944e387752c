import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Email } from "@/lib/users/schema";
import { parseRole, type Actor } from "./permissions";
import { verifyPassword } from "./password";

/** Sign-in limits: failures counted per email and per client address over a sliding window. */
export const signInLimits = {
  windowMs: Number(process.env.SIGNIN_WINDOW_MS ?? 15 * 60_000),
  maxFailuresPerEmail: Number(process.env.SIGNIN_MAX_FAILURES ?? 5),
  maxFailuresPerIp: Number(process.env.SIGNIN_MAX_FAILURES_PER_IP ?? 30),
};

export const WRONG_CREDENTIALS = "Wrong email or password.";

/**
 * Checks an email and password. Attempts are recorded in the database (not in memory) so the
 * limit holds across restarts and across instances. A locked-out email is refused before the
 * password is even checked, so guessing cannot continue at full speed.
 */
export async function authenticate({
  db,
  email,
  password,
  ip,
}: {
  db: Db;
  email: string;
  password: string;
  ip: string;
}): Promise<Actor> {
  const parsed = Email.safeParse(email);
  const key = parsed.success ? parsed.data : email.trim().toLowerCase().slice(0, 320);
  const since = new Date(Date.now() - signInLimits.windowMs);
  const [byEmail, byIp] = await Promise.all([
    db.signInAttempt.count({ where: { email: key, success: false, createdAt: { gte: since } } }),
    db.signInAttempt.count({ where: { ip, success: false, createdAt: { gte: since } } }),
  ]);
  if (byEmail >= signInLimits.maxFailuresPerEmail || byIp >= signInLimits.maxFailuresPerIp) {
    const minutes = Math.ceil(signInLimits.windowMs / 60_000);
    throw new AppError("rate_limited", `Too many failed sign-in attempts. Try again in ${minutes} minutes.`);
  }
  const user = parsed.success
    ? await db.user.findUnique({ where: { email: key }, omit: { passwordHash: false } })
    : null;
  const ok = !!user && !user.disabledAt && (await verifyPassword(password, user.passwordHash));
  await db.signInAttempt.create({ data: { email: key, ip, success: ok } });
  if (!ok || !user) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  return { id: user.id, email: user.email, name: user.name, role: parseRole(user.role) };
}
