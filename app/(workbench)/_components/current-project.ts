import "server-only";
import { cache } from "react";
import { cookies } from "next/headers";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { listProjects } from "@/lib/projects/list-projects";

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
