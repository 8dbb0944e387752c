import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { accessCan, roleInProject, type ProjectAccess } from "./project-access";

/**
 * THE rule of blind annotation, as a Prisma `where` on Claim: the claims of a project the caller
 * may see. Reviewers and managers (and admins) see every claim; an annotator sees their own
 * (their annotation layer: a gold claim auto-merged from their version is the project's, not
 * theirs), and others' only on articles that are not blind or are already adjudicated. Every read path
 * that shows claims, counts them or derives anything from them (lists, the reader, search,
 * suggestions, evidence pickers, clusters, history, exports, charts) goes through this.
 */
export function visibleClaimsWhere(
  access: Pick<ProjectAccess, "projectId" | "role" | "admin" | "actor">,
): Prisma.ClaimWhereInput {
  if (accessCan(access, "project.review")) return { projectId: access.projectId };
  return {
    projectId: access.projectId,
    OR: [
      { authorId: access.actor.id, layer: "annotation" },
      { projectArticle: { blind: false } },
      { projectArticle: { adjudicatedAt: { not: null } } },
    ],
  };
}

/** Whether one claim (with its article's blind state) is visible to the caller; the same rule as `visibleClaimsWhere`. */
export function claimVisible(
  access: Pick<ProjectAccess, "projectId" | "role" | "admin" | "actor">,
  claim: {
    projectId: string;
    authorId: string;
    layer: string;
    projectArticle: { blind: boolean; adjudicatedAt: Date | null };
  },
): boolean {
  if (claim.projectId !== access.projectId) return false;
  if (accessCan(access, "project.review")) return true;
  return (
    (claim.authorId === access.actor.id && claim.layer === "annotation") ||
    !claim.projectArticle.blind ||
    claim.projectArticle.adjudicatedAt !== null
  );
}

/**
 * The claims the caller may see in every project they can see (archived ones included): the
 * scope of reads that cross projects, such as the claim at the other end of an evidence link.
 * Instance admins see every claim. One query for the caller's projects; the `where` grows with
 * the number of those projects, not with their claims.
 */
export async function claimsVisibleAnywhere(
  db: Pick<Db, "project">,
  actor: Pick<Actor, "id" | "role">,
): Promise<Prisma.ClaimWhereInput> {
  if (actor.role === "admin") return {};
  const projects = await db.project.findMany({
    where: { OR: [{ visibility: "instance" }, { members: { some: { userId: actor.id } } }] },
    select: { id: true, visibility: true, members: { where: { userId: actor.id }, select: { role: true } } },
  });
  const scopes = projects.flatMap((p) => {
    const role = roleInProject({ actor, visibility: p.visibility, memberRole: p.members[0]?.role });
    return role ? [visibleClaimsWhere({ projectId: p.id, role, admin: false, actor })] : [];
  });
  return scopes.length ? { OR: scopes } : { id: { in: [] } };
}
