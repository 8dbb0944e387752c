import type { Db } from "@/lib/db/client";
import { publicUserSelect } from "./schema";

export async function listUsers({ db }: { db: Db }) {
  return db.user.findMany({ select: publicUserSelect, orderBy: [{ role: "asc" }, { email: "asc" }] });
}
