/**
 * Sign-in throttling through the real endpoint (next-auth's credentials callback), finding by
 * finding: forged X-Forwarded-For values neither lock someone else's account nor escape the
 * per-address limit; failures slow the guesser down progressively (per email and address, and
 * per address) instead of locking the right password out; the attempts table is pruned.
 * The servers here run with TRUSTED_PROXIES=127.0.0.1 where a test plays a proxy on loopback
 * that tells the app who the client is.
 */
import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { signInLimits, WRONG_CREDENTIALS } from "@/lib/auth/authenticate";
import { baseUrl, testDb, uniqueEmail } from "@/test/support/http";
import { ownServer } from "@/test/support/own-server";
import { seedUser } from "@/lib/seed/seed-user";

const PASSWORD = "right-password-for-brute-force";
const WAIT = /^Too many failed sign-in attempts\. Try again in (\d+) (seconds|minutes)\.$/;

/** One sign-in as the browser does it, optionally with an X-Forwarded-For header; signed in or next-auth's error. */
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

const randomAddress = () => `198.51.${randomBytes(1)[0]}.${randomBytes(1)[0]}`;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("finding 8: failures from other addresses cannot be turned against the account's owner", () => {
  const server = ownServer({ TRUSTED_PROXIES: "127.0.0.1", SIGNIN_DELAY_MS: "1500" });

  it("twenty wrong passwords sent from rotating addresses leave the owner's own sign-in untouched", async () => {
    const email = await account("targeted");
    const attacker = randomAddress();
    for (let i = 0; i < 10; i++) {
      await attempt(email, `guess-${i}`, { server: server.url, forwardedFor: randomAddress() });
      await attempt(email, `again-${i}`, { server: server.url, forwardedFor: attacker });
    }
    const owner = await attempt(email, PASSWORD, { server: server.url, forwardedFor: randomAddress() });
    expect(owner.error).toBeUndefined();
    expect(owner.signedIn).toBe(true);
  });

  it("slows one address's guesses down with a doubling delay, never a lock: after the delay the right password works", async () => {
    const email = await account("slowed");
    const from = randomAddress();
    for (let i = 0; i < signInLimits.maxFailuresPerEmail; i++) {
      expect((await attempt(email, `wrong-${i}`, { server: server.url, forwardedFor: from })).error).toBe(
        WRONG_CREDENTIALS,
      );
    }
    const early = await attempt(email, PASSWORD, { server: server.url, forwardedFor: from });
    expect(early.signedIn).toBe(false);
    expect(early.error).toMatch(WAIT);
    expect(Number(WAIT.exec(early.error!)![1])).toBeLessThanOrEqual(2);
    // Refused attempts during the delay are not recorded, so they do not lengthen it.
    expect(await testDb().signInAttempt.count({ where: { email } })).toBe(5);

    await sleep(1600);
    expect((await attempt(email, "wrong-after-wait", { server: server.url, forwardedFor: from })).error).toBe(
      WRONG_CREDENTIALS,
    );
    const doubled = await attempt(email, PASSWORD, { server: server.url, forwardedFor: from });
    expect(Number(WAIT.exec(doubled.error ?? "")?.[1])).toBe(3);
    await sleep(3100);
    expect((await attempt(email, PASSWORD, { server: server.url, forwardedFor: from })).signedIn).toBe(true);
  });
});

describe("finding 8: the per-address limit holds whatever X-Forwarded-For a client sends", () => {
  // No trusted proxy: the test client is a stranger, its socket address (127.0.0.1) is what counts.
  const server = ownServer({ SIGNIN_MAX_FAILURES_PER_IP: "4" });

  it("counts the socket's address, not the forged header, and delays the fifth spray", async () => {
    // Other tests' failures from 127.0.0.1 count too (one database): spray until delayed, at most 4 times.
    // Every spray forges a new address: were the header trusted, no address would ever reach the limit.
    const forged: string[] = [];
    const forge = () => {
      const address = randomAddress();
      forged.push(address);
      return address;
    };
    for (let i = 0; i < 4; i++) {
      const res = await attempt(uniqueEmail(`spray${i}`), "common-password", {
        server: server.url,
        forwardedFor: forge(),
      });
      if (res.error !== WRONG_CREDENTIALS) expect(res.error).toMatch(WAIT);
    }
    const sprayed = await attempt(await account("sprayed"), PASSWORD, {
      server: server.url,
      forwardedFor: forge(),
    });
    expect(sprayed.signedIn).toBe(false);
    expect(sprayed.error).toMatch(WAIT);
    // What was recorded (a delayed attempt records nothing) carries the socket's address, never a forged one.
    const recorded = await testDb().signInAttempt.findMany({
      where: { email: { startsWith: "spray" } },
      select: { ip: true },
    });
    for (const { ip } of recorded) expect(ip).toBe("127.0.0.1");
    expect(await testDb().signInAttempt.count({ where: { ip: { in: forged } } })).toBe(0);
  });
});

describe("finding 8: SignInAttempt does not grow without bound", () => {
  it("deletes attempts older than the window as new ones arrive", async () => {
    const old = new Date(Date.now() - signInLimits.windowMs - 60_000);
    const marker = uniqueEmail("ancient");
    await testDb().signInAttempt.createMany({
      data: Array.from({ length: 50 }, (_, i) => ({
        email: marker,
        ip: `192.0.2.${i}`,
        success: false,
        createdAt: old,
      })),
    });
    await attempt(uniqueEmail("pruner"), "whatever-password");
    expect(await testDb().signInAttempt.count({ where: { email: marker } })).toBe(0);
    expect(await testDb().signInAttempt.count({ where: { createdAt: { lt: old } } })).toBe(0);
  });

  it("forgets failures once they are older than the window", async () => {
    const email = await account("window");
    for (let i = 0; i < 5; i++) await attempt(email, `wrong-${i}`);
    expect((await attempt(email, PASSWORD)).error).toMatch(WAIT);
    const past = new Date(Date.now() - signInLimits.windowMs + 1000);
    await testDb().signInAttempt.updateMany({ where: { email }, data: { createdAt: past } });
    await sleep(1100);
    expect((await attempt(email, PASSWORD)).signedIn).toBe(true);
  });
});

describe("finding 7: sign-in does not tell which emails have accounts", () => {
  it("takes as long for an unknown email as for a known one with a wrong password", async () => {
    const known = await Promise.all(Array.from({ length: 8 }, (_, i) => account(`timed${i}`)));
    const timings = { known: [] as number[], unknown: [] as number[] };
    const time = async (email: string) => {
      const started = performance.now();
      const res = await attempt(email, "not-the-password");
      expect(res.error).toBe(WRONG_CREDENTIALS);
      return performance.now() - started;
    };
    for (let i = 0; i < known.length; i++) {
      timings.known.push(await time(known[i]!));
      timings.unknown.push(await time(uniqueEmail(`nobody${i}`)));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    // Both pay one scrypt (~50 ms); the old code answered unknown emails ~14× faster.
    expect(median(timings.unknown) / median(timings.known)).toBeGreaterThan(0.6);
    expect(median(timings.unknown) / median(timings.known)).toBeLessThan(1.7);
  });
});
