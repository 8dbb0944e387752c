import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { listProjects } from "@/lib/projects/list-projects";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { accessCan } from "@/lib/projects/project-access";

export type ProjectSummary = Awaited<ReturnType<typeof listProjects>>["items"][number];

/** The cookie that remembers the project the header's switcher last chose. */
export const PROJECT_COOKIE = "claimbench-project";

/**
 * The projects the signed-in user can see and the one lists, filters, the dashboard, review and
 * the dataset follow: the one chosen in the header if it is still visible to them, else the
 * Default project, else their first. Null when they see no project at all. Once per request.
 */
export const getProjectContext = cache(
  async (
    actor: Pick<Actor, "id" | "role">,
  ): Promise<{ projects: ProjectSummary[]; current: ProjectSummary | null }> => {
    const { items: projects } = await listProjects({ db: getDb(), actor });
    const chosen = (await cookies()).get(PROJECT_COOKIE)?.value;
    const current =
      projects.find((p) => p.id === chosen) ?? projects.find((p) => p.id === DEFAULT_PROJECT_ID) ?? projects[0] ?? null;
    return { projects, current };
  },
);

/**
 * What lists, counts and charts of claims may show the caller: the current project's claims
 * they may see there (`visibleClaimsWhere`; blind: their own). Nothing when they see no project.
 */
export const getClaimScope = cache(
  async (
    actor: Pick<Actor, "id" | "role">,
  ): Promise<{ projectId: string | null; visible: Prisma.ClaimWhereInput; reviews: boolean }> => {
    const { current } = await getProjectContext(actor);
    if (!current?.yourRole) return { projectId: null, visible: { id: { in: [] } }, reviews: false };
    const access = { projectId: current.id, role: current.yourRole, admin: actor.role === "admin", actor };
    return { projectId: current.id, visible: visibleClaimsWhere(access), reviews: accessCan(access, "project.review") };
  },
);
