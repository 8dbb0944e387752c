import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { projectAccess } from "./project-access";
import { kindView, parseVerdictLabels } from "./project-view";
import { kindSelect, projectSelect } from "./schema";

/**
 * One project as its members see it: settings, claim schema (kinds in order, verdict labels),
 * the newest guidelines version number, counts, and the caller's role. 404 for a project that
 * is not the caller's to see.
 */
export async function getProject({
  db,
  actor,
  projectId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
}) {
  const access = await projectAccess({ db, actor, projectId });
  const project = await db.project.findUniqueOrThrow({
    where: { id: projectId },
    select: {
      ...projectSelect,
      kinds: { select: kindSelect, orderBy: [{ position: "asc" }, { key: "asc" }] },
      guidelines: { select: { number: true, createdAt: true }, orderBy: { number: "desc" }, take: 1 },
      _count: { select: { articles: true, members: true } },
    },
  });
  const { kinds, guidelines, _count, verdictLabels, ...rest } = project;
  return {
    ...rest,
    verdictLabels: parseVerdictLabels(verdictLabels),
    kinds: kinds.map(kindView),
    guidelinesVersion: guidelines[0]?.number ?? null,
    articleCount: _count.articles,
    memberCount: _count.members,
    yourRole: access.role,
    youManage: access.admin || access.role === "manager",
  };
}
