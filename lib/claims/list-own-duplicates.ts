import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";

/** Most groups listed at once (each is one span tagged more than once by the caller). */
const MAX_GROUPS = 100;

/**
 * The caller's claims that repeat one another: the same span of the same article in the same
 * project, tagged more than once by the caller before a second identical claim was refused.
 * Oldest first in each group, so the first is the one to keep and the others are to merge into
 * it. Only the caller's own claims (someone else's identical span is theirs to have).
 */
export async function listOwnDuplicates({ db, actor }: { db: Db; actor: Pick<Actor, "id"> }) {
  const where = { authorId: actor.id, layer: "annotation" };
  const groups = await db.claim.groupBy({
    by: ["projectId", "articleId", "start", "end"],
    where,
    having: { id: { _count: { gt: 1 } } },
    orderBy: [{ articleId: "asc" }, { start: "asc" }, { end: "asc" }],
    take: MAX_GROUPS,
  });
  if (groups.length === 0) return { groups: [] };
  const claims = await db.claim.findMany({
    where: {
      ...where,
      OR: groups.map(({ projectId, articleId, start, end }) => ({ projectId, articleId, start, end })),
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: {
      id: true,
      projectId: true,
      articleId: true,
      start: true,
      end: true,
      exact: true,
      kind: true,
      status: true,
      version: true,
      createdAt: true,
      article: { select: { title: true } },
    },
  });
  return {
    groups: groups.map((g) => {
      const members = claims.filter(
        (c) => c.projectId === g.projectId && c.articleId === g.articleId && c.start === g.start && c.end === g.end,
      );
      return { key: `${g.projectId}:${g.articleId}:${g.start}:${g.end}`, claims: members };
    }),
  };
}
