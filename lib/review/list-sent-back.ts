import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

const sentBackWhere = (authorId: string) => ({ authorId, status: "changes_requested", layer: "annotation" });

/** How many of the caller's claims a reviewer sent back (changes requested), for the header. */
export async function countSentBack({ db, actor }: { db: Db; actor: Pick<Actor, "id"> }): Promise<number> {
  return db.claim.count({ where: sentBackWhere(actor.id) });
}

/**
 * The caller's claims sent back to them (changes requested), most recently sent back first, each
 * with its article and the last word on it: the reviewer's decision and comment (or the reason a
 * decided claim was reopened). Only the caller's own claims, so nothing of anyone else's shows.
 */
export async function listSentBack({ db, actor }: { db: Db; actor: Pick<Actor, "id"> }) {
  const claims = await db.claim.findMany({
    where: sentBackWhere(actor.id),
    select: {
      id: true,
      articleId: true,
      exact: true,
      kind: true,
      updatedAt: true,
      article: { select: { title: true } },
      project: { select: { id: true, name: true } },
      decisions: {
        orderBy: { createdAt: "desc" },
        take: 1,
        select: { decision: true, comment: true, createdAt: true, reviewer: { select: { name: true } } },
      },
    },
    take: 500,
  });
  const items = claims.map(({ decisions, ...claim }) => {
    const last = decisions[0];
    return {
      ...claim,
      decision: last?.decision ?? null,
      comment: last?.comment ?? null,
      reviewer: last?.reviewer.name ?? null,
      sentBackAt: last?.createdAt ?? claim.updatedAt,
    };
  });
  items.sort((a, b) => b.sentBackAt.getTime() - a.sentBackAt.getTime());
  return { items };
}
