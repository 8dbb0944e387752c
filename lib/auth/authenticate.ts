import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Email } from "@/lib/users/schema";
import { parseRole, type Actor } from "./permissions";
import { hashPassword, verifyPassword } from "./password";

const numberFrom = (value: string | undefined, fallback: number) =>
  value !== undefined && Number.isFinite(Number(value)) && Number(value) >= 0 ? Number(value) : fallback;

/**
 * Sign-in limits, counted in the database (so every instance and restart sees them) over a
 * sliding window, per (email, client address) and per client address. Past the free failures,
 * each further attempt from that pair (or address) must wait a delay that doubles with every
 * failure, up to the window: a slowdown for whoever guesses, never a lock that a stranger can
 * put on somebody else's account from another address.
 */
export const signInLimits = {
  windowMs: numberFrom(process.env.SIGNIN_WINDOW_MS, 15 * 60_000),
  /** Failures per (email, address) before delays start. */
  maxFailuresPerEmail: numberFrom(process.env.SIGNIN_MAX_FAILURES, 5),
  /** Failures per address, over every email, before delays start. */
  maxFailuresPerIp: numberFrom(process.env.SIGNIN_MAX_FAILURES_PER_IP, 30),
  /** The first delay; each further failure doubles it. */
  delayMs: numberFrom(process.env.SIGNIN_DELAY_MS, 30_000),
};

export const WRONG_CREDENTIALS = "Wrong email or password.";

/** The wait message; the sign-in page shows exactly these texts. */
function tooManyAttemptsMessage(waitMs: number): string {
  const seconds = Math.max(1, Math.ceil(waitMs / 1000));
  const wait = seconds < 120 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`;
  return `Too many failed sign-in attempts. Try again in ${wait}.`;
}

// Verified against when there is no password to check (unknown email, disabled account, an
// account that signs in through an identity provider), so every answer costs one scrypt.
let dummyHash: Promise<string> | undefined;
function dummy(): Promise<string> {
  dummyHash ??= hashPassword("claimbench-no-such-account");
  return dummyHash;
}

/** How long an attempt must still wait after `failures` failures, the last at `last`. */
function waitFor(failures: number, free: number, last: Date | undefined, now: number): number {
  if (failures < free || !last) return 0;
  const delay = Math.min(signInLimits.delayMs * 2 ** Math.min(failures - free, 30), signInLimits.windowMs);
  return Math.max(0, last.getTime() + delay - now);
}

async function failures(db: Db, where: { email?: string; ip: string }, since: Date) {
  const filter = { ...where, success: false, createdAt: { gte: since } };
  const [count, last] = await Promise.all([
    db.signInAttempt.count({ where: filter }),
    db.signInAttempt.findFirst({ where: filter, orderBy: { createdAt: "desc" }, select: { createdAt: true } }),
  ]);
  return { count, last: last?.createdAt };
}

/**
 * Checks an email and password from a client address. Whether the email exists or not, the
 * work and the answer are the same (one scrypt, one recorded attempt). Attempts older than the
 * window are deleted as new ones arrive.
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
}): Promise<Actor & { sessionVersion: number; mustChangePassword: boolean }> {
  const parsed = Email.safeParse(email);
  const key = parsed.success ? parsed.data : email.trim().toLowerCase().slice(0, 320);
  const now = Date.now();
  const since = new Date(now - signInLimits.windowMs);
  const [pair, address] = await Promise.all([failures(db, { email: key, ip }, since), failures(db, { ip }, since)]);
  const wait = Math.max(
    waitFor(pair.count, signInLimits.maxFailuresPerEmail, pair.last, now),
    waitFor(address.count, signInLimits.maxFailuresPerIp, address.last, now),
  );
  if (wait > 0) throw new AppError("rate_limited", tooManyAttemptsMessage(wait));

  const user = parsed.success
    ? await db.user.findUnique({ where: { email: key }, omit: { passwordHash: false } })
    : null;
  const usable = !!user && !user.disabledAt && user.passwordHash.startsWith("scrypt$");
  const matches = await verifyPassword(password, usable ? user.passwordHash : await dummy());
  const ok = usable && matches;
  await db.$transaction([
    db.signInAttempt.create({ data: { email: key, ip, success: ok } }),
    db.signInAttempt.deleteMany({ where: { createdAt: { lt: since } } }),
  ]);
  if (!ok || !user) throw new AppError("unauthenticated", WRONG_CREDENTIALS);
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    role: parseRole(user.role),
    sessionVersion: user.sessionVersion,
    mustChangePassword: user.mustChangePassword,
  };
}
