import type { Db } from "@/lib/db/client";
import { hashPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/http/errors";
import { CreateUserInput, publicUserSelect } from "./schema";

/** Creates an account; the email must not be taken. */
export async function createUser({ db, input }: { db: Db; input: CreateUserInput }) {
  const data = CreateUserInput.parse(input);
  const existing = await db.user.findUnique({ where: { email: data.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", `A user with email ${data.email} already exists`);
  return db.user.create({
    data: { email: data.email, name: data.name, role: data.role, passwordHash: await hashPassword(data.password) },
    select: publicUserSelect,
  });
}
