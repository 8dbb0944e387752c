import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { claimVisible } from "./claim-scope";
import { projectAccess, type ProjectAccess } from "./project-access";

/**
 * The scope check for every route about one claim: the claim's project must be the caller's
 * to see, and the claim visible to them there (blind: their own, or on a non-blind or
 * adjudicated article). Anything else is a 404, the same as a claim that never existed, so a
 * blind annotator cannot even learn that an id is someone's claim. A deleted claim is judged by
 * what its audit trail recorded at creation (its project, author and article).
 */
export async function visibleClaim({
  db,
  actor,
  claimId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  claimId: string;
}): Promise<{ access: ProjectAccess; exists: boolean }> {
  const notFound = () => AppError.notFound(`Claim ${claimId}`);
  let claim = await db.claim.findUnique({
    where: { id: claimId },
    select: { projectId: true, articleId: true, authorId: true, layer: true },
  });
  const exists = claim !== null;
  if (!claim) {
    const created = await db.auditEvent.findFirst({
      where: { entityType: "claim", entityId: claimId, action: "claim.create" },
      select: { after: true },
    });
    claim = recordedClaim(created?.after ?? null);
    if (!claim) throw notFound();
  }
  const access = await projectAccess({ db, actor, projectId: claim.projectId }).catch(() => null);
  if (!access) throw notFound();
  const article = await db.projectArticle.findUnique({
    where: { projectId_articleId: { projectId: claim.projectId, articleId: claim.articleId } },
    select: { blind: true, adjudicatedAt: true },
  });
  const projectArticle = article ?? { blind: true, adjudicatedAt: null };
  if (!claimVisible(access, { ...claim, projectArticle })) throw notFound();
  return { access, exists };
}

/** Project, article and author of a claim as its creation event recorded it (claims made before projects are the Default project's). */
function recordedClaim(
  after: string | null,
): { projectId: string; articleId: string; authorId: string; layer: string } | null {
  if (!after) return null;
  try {
    const row = JSON.parse(after) as Record<string, unknown>;
    if (typeof row.articleId !== "string" || typeof row.authorId !== "string") return null;
    return {
      projectId: typeof row.projectId === "string" ? row.projectId : "default",
      articleId: row.articleId,
      authorId: row.authorId,
      layer: typeof row.layer === "string" ? row.layer : "annotation",
    };
  } catch {
    return null;
  }
}
