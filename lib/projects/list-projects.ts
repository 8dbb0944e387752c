import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { roleInProject } from "./project-access";

/**
 * The projects the caller can see (all of them for admins), by name, each with the caller's
 * role, its article count and whether it is archived: what the header's project switcher lists.
 */
export async function listProjects({
  db,
  actor,
  includeArchived = false,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  includeArchived?: boolean;
}) {
  const rows = await db.project.findMany({
    where: {
      ...(includeArchived ? {} : { archivedAt: null }),
      ...(actor.role === "admin"
        ? {}
        : { OR: [{ visibility: "instance" }, { members: { some: { userId: actor.id } } }] }),
    },
    select: {
      id: true,
      name: true,
      description: true,
      visibility: true,
      annotatorsPerArticle: true,
      blind: true,
      archivedAt: true,
      members: { where: { userId: actor.id }, select: { role: true } },
      _count: { select: { articles: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
  return {
    items: rows.map(({ members, _count, ...p }) => ({
      ...p,
      yourRole: roleInProject({ actor, visibility: p.visibility, memberRole: members[0]?.role }),
      articleCount: _count.articles,
    })),
  };
}
