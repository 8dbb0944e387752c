import type { Db } from "@/lib/db/client";
import { publicTokenSelect } from "./schema";

export async function listApiTokens({ db, userId }: { db: Db; userId: string }) {
  return db.apiToken.findMany({ where: { userId }, select: publicTokenSelect, orderBy: { createdAt: "desc" } });
}
