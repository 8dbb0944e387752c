import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { Email, publicUserSelect } from "./schema";

export async function findUserByEmail({ db, email }: { db: Db; email: string }) {
  const parsed = Email.safeParse(email);
  if (!parsed.success) throw new AppError("validation_failed", `"${email}" is not an email address`);
  const user = await db.user.findUnique({ where: { email: parsed.data }, select: publicUserSelect });
  if (!user) throw AppError.notFound(`User ${parsed.data}`);
  return user;
}
