import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { readScope } from "@/lib/projects/read-scope";
import { claimSelect } from "./schema";

/**
 * The article's claims in one project (`projectId`, else the Default project) that the caller may
 * see there (blind: their own), in reading order: by start, and where two start together the
 * longer first, so an enclosing span is drawn before the spans nested in it.
 */
export async function listArticleClaims({
  db,
  actor,
  articleId,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  articleId: string;
  projectId?: string;
}) {
  const [article, access] = await Promise.all([
    db.article.findUnique({ where: { id: articleId }, select: { id: true } }),
    readScope({ db, actor, projectId }),
  ]);
  if (!article) throw AppError.notFound(`Article ${articleId}`);
  const items = await db.claim.findMany({
    where: { AND: [visibleClaimsWhere(access), { articleId }] },
    select: claimSelect,
    orderBy: [{ start: "asc" }, { end: "desc" }, { createdAt: "asc" }, { id: "asc" }],
  });
  return { items };
}
