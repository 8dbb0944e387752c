/**
 * Sign-in brute force, through the real endpoint (next-auth's credentials callback): an email is
 * locked after SIGNIN_MAX_FAILURES failures whatever the spelling of the email or the claimed
 * client address, the right password is refused while locked with a message that says to wait,
 * guesses during the lock are not even recorded, and the lock lifts when the window has passed.
 * The per-address limit (set to 10000 on the shared test server) gets its own server.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInLimits, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { baseUrl, testDb, uniqueEmail } from "@/test/support/http";
import { ownServer } from "@/test/support/own-server";
import { seedUser } from "@/lib/seed/seed-user";

const PASSWORD = "right-password-for-brute-force";
const LOCKED = /^Too many failed sign-in attempts\. Try again in \d+ minutes\.$/;

/** One sign-in as the browser does it, optionally claiming a client address; the session cookie or next-auth's error. */
async function attempt(
  email: string,
  password: string,
  { server = baseUrl(), forwardedFor }: { server?: string; forwardedFor?: string } = {},
) {
  const csrfRes = await fetch(`${server}/api/auth/csrf`);
  const { csrfToken } = (await csrfRes.json()) as { csrfToken: string };
  const res = await fetch(`${server}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: {
      "content-type": "application/x-www-form-urlencoded",
      cookie: csrfRes.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
      ...(forwardedFor ? { "x-forwarded-for": forwardedFor } : {}),
    },
    body: new URLSearchParams({ csrfToken, email, password, json: "true" }),
  });
  const session = res.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
  if (session) return { signedIn: true as const, error: undefined };
  const body = (await res.json().catch(() => ({}))) as { url?: string };
  const location = res.headers.get("location") ?? body.url ?? "";
  return {
    signedIn: false as const,
    error: new URL(location, server).searchParams.get("error") ?? `status ${res.status}`,
  };
}

async function account(label: string) {
  const email = uniqueEmail(label);
  await seedUser(testDb(), { email, name: `Brute ${label}`, role: "annotator", password: PASSWORD });
  return email;
}

const randomAddress = () => [...randomBytes(4)].join(".");

describe("per-email throttling", () => {
  it("is what the test server runs with", () => {
    expect(signInLimits.maxFailuresPerEmail).toBe(5);
  });

  it("locks an email after 5 failures sent from 5 different claimed addresses and spellings; the right password is then refused with a wait message", async () => {
    const email = await account("spread");
    const spellings = [email, email.toUpperCase(), `  ${email}  `, email.replace(/^./, (c) => c.toUpperCase()), email];
    for (const spelling of spellings) {
      const res = await attempt(spelling, `guess-${randomBytes(3).toString("hex")}`, { forwardedFor: randomAddress() });
      expect(res.error).toBe(WRONG_CREDENTIALS);
    }
    const right = await attempt(email, PASSWORD, { forwardedFor: randomAddress() });
    expect(right.signedIn).toBe(false);
    expect(right.error).toMatch(LOCKED);
  });

  it("does not let guesses continue during the lock, nor record them, and other accounts are untouched", async () => {
    const email = await account("locked");
    const bystander = await account("bystander");
    for (let i = 0; i < 5; i++) expect((await attempt(email, `wrong-${i}`)).error).toBe(WRONG_CREDENTIALS);
    for (let i = 0; i < 3; i++) {
      const res = await attempt(email, i === 1 ? PASSWORD : `wrong-again-${i}`);
      expect(res.signedIn).toBe(false);
      expect(res.error).toMatch(LOCKED);
    }
    expect(await testDb().signInAttempt.count({ where: { email } })).toBe(5);
    expect((await attempt(bystander, PASSWORD)).signedIn).toBe(true);
  });

  it("lifts the lock once enough failures are older than the window", async () => {
    const email = await account("window");
    for (let i = 0; i < 5; i++) await attempt(email, `wrong-${i}`);
    expect((await attempt(email, PASSWORD)).error).toMatch(LOCKED);

    // Four of the five failures leave the window: one recent failure is below the limit.
    const all = await testDb().signInAttempt.findMany({ where: { email }, orderBy: { createdAt: "asc" } });
    const past = new Date(Date.now() - signInLimits.windowMs - 60_000);
    const aged = all.slice(0, 4).map((a) => a.id);
    await testDb().signInAttempt.updateMany({ where: { id: { in: aged } }, data: { createdAt: past } });
    const afterWindow = await attempt(email, PASSWORD);
    expect(afterWindow.error).toBeUndefined();
    expect(afterWindow.signedIn).toBe(true);
  });

  it("keeps the lock for an attempt just inside the window", async () => {
    const email = await account("edge");
    for (let i = 0; i < 5; i++) await attempt(email, `wrong-${i}`);
    const almost = new Date(Date.now() - signInLimits.windowMs + 60_000);
    await testDb().signInAttempt.updateMany({ where: { email }, data: { createdAt: almost } });
    expect((await attempt(email, PASSWORD)).error).toMatch(LOCKED);
  });
});

describe("per-address throttling", () => {
  const server = ownServer({ SIGNIN_MAX_FAILURES_PER_IP: "4" });

  it("stops one address spraying passwords over many emails, even for a real account with its right password; other addresses go on", async () => {
    const address = randomAddress();
    const victim = await account("sprayed");
    for (let i = 0; i < 4; i++) {
      const res = await attempt(uniqueEmail(`spray${i}`), "common-password", {
        server: server.url,
        forwardedFor: address,
      });
      expect(res.error).toBe(WRONG_CREDENTIALS);
    }
    const blocked = await attempt(victim, PASSWORD, { server: server.url, forwardedFor: address });
    expect(blocked.signedIn).toBe(false);
    expect(blocked.error).toMatch(LOCKED);
    expect((await attempt(victim, PASSWORD, { server: server.url, forwardedFor: randomAddress() })).signedIn).toBe(
      true,
    );
  });

  it("counts the address the proxy saw, not the one the client claims in front of it", async () => {
    // A proxy appends the address it saw; whatever the client sent stays on the left.
    const seenByProxy = randomAddress();
    for (let i = 0; i < 4; i++) {
      const res = await attempt(uniqueEmail(`rotate${i}`), "common-password", {
        server: server.url,
        forwardedFor: `${randomAddress()}, ${seenByProxy}`,
      });
      expect(res.error).toBe(WRONG_CREDENTIALS);
    }
    const blocked = await attempt(await account("rotated"), PASSWORD, {
      server: server.url,
      forwardedFor: `${randomAddress()}, ${seenByProxy}`,
    });
    expect(blocked.error).toMatch(LOCKED);
    expect(await testDb().signInAttempt.count({ where: { ip: seenByProxy } })).toBe(4);
  });
});
