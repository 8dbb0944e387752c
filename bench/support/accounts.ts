/**
 * Accounts for bench runs, made by the seed's own `seedUser` (no password policy) and, when
 * asked, an API token for the load clients. Every bench makes its users here.
 *
 * The domain modules are imported when called, not when this file is: a bench sets
 * DATABASE_URL for the database it seeds first, and some of them read it when loaded.
 */
import type { Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

/** One password for every bench account: they live in throwaway databases. */
export const BENCH_PASSWORD = "bench-password-0123";

export interface BenchAccount {
  id: string;
  email: string;
  password: string;
  /** The API token's secret, when one was asked for. */
  token: string | null;
}

/**
 * The user `email` (created when missing) with `role`; with `token`, also an API token of that
 * name, whose secret is returned.
 */
export async function seedBenchUser(
  db: Db,
  { email, name, role, token }: { email: string; name: string; role: Role; token?: string },
): Promise<BenchAccount> {
  const { seedUser } = await import("@/lib/seed/seed-user");
  const { user } = await seedUser(db, { email, name, role, password: BENCH_PASSWORD });
  const secret = token
    ? (
        await (
          await import("@/lib/tokens/create-api-token")
        ).createApiToken({ db, userId: user.id, input: { name: token } })
      ).secret
    : null;
  return { id: user.id, email, password: BENCH_PASSWORD, token: secret };
}
