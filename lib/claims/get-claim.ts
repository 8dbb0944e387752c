import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { claimSelect } from "./schema";

/** One claim with the article it belongs to (title, date and publisher for the header). */
export async function getClaim({ db, id }: { db: Db; id: string }) {
  const claim = await db.claim.findUnique({
    where: { id },
    select: { ...claimSelect, article: { select: { id: true, title: true, publishedAt: true, publisher: true } } },
  });
  if (!claim) throw AppError.notFound(`Claim ${id}`);
  return claim;
}
