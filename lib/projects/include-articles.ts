import { randomInt } from "node:crypto";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** A Prisma transaction client. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

/** Upper bound (exclusive) of the random keys that give each member their own fixed article order. */
export const SHUFFLE_KEY_RANGE = 2 ** 30;

/**
 * Adds library articles to a project inside the caller's transaction, each with the project's
 * current workflow settings (annotators per article, blind) and a random key for the per-member
 * random order. Articles already in the project are left as they are. Returns how many were added.
 */
export async function includeArticles({
  tx,
  projectId,
  articleIds,
  actorId,
}: {
  tx: Tx;
  projectId: string;
  articleIds: readonly string[];
  actorId: string | null;
}): Promise<number> {
  if (articleIds.length === 0) return 0;
  const project = await tx.project.findUnique({
    where: { id: projectId },
    select: { annotatorsPerArticle: true, blind: true },
  });
  if (!project) throw AppError.notFound(`Project ${projectId}`);
  const unique = [...new Set(articleIds)];
  const present = new Set(
    (
      await tx.projectArticle.findMany({
        where: { projectId, articleId: { in: unique } },
        select: { articleId: true },
      })
    ).map((r) => r.articleId),
  );
  const missing = unique.filter((id) => !present.has(id));
  if (missing.length === 0) return 0;
  const { count } = await tx.projectArticle.createMany({
    data: missing.map((articleId) => ({
      projectId,
      articleId,
      addedById: actorId,
      targetAnnotators: project.annotatorsPerArticle,
      blind: project.blind,
      shuffleKey: randomInt(SHUFFLE_KEY_RANGE),
    })),
  });
  return count;
}
