import type { Db } from "@/lib/db/client";
import type { Role } from "@/lib/auth/permissions";
import { createUser } from "@/lib/users/create-user";
import { publicUserSelect } from "@/lib/users/schema";

/**
 * Returns the user with this email, creating it if missing (existing accounts are left as they are).
 * The password policy does not apply: the demo accounts' password is published on purpose.
 */
export async function seedUser(db: Db, input: { email: string; name: string; role: Role; password: string }) {
  const existing = await db.user.findUnique({ where: { email: input.email.toLowerCase() }, select: publicUserSelect });
  if (existing) return { user: existing, created: false };
  return { user: await createUser({ db, input, passwordPolicy: false }), created: true };
}
