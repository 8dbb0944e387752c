import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { claimSelect } from "./schema";

/** One claim with the article it belongs to (title, date and publisher for the header); 404 unless the caller may see it. */
export async function getClaim({ db, actor, id }: { db: Db; actor: Pick<Actor, "id" | "role">; id: string }) {
  await visibleClaim({ db, actor, claimId: id });
  const claim = await db.claim.findUnique({
    where: { id },
    select: { ...claimSelect, article: { select: { id: true, title: true, publishedAt: true, publisher: true } } },
  });
  if (!claim) throw AppError.notFound(`Claim ${id}`);
  return claim;
}
