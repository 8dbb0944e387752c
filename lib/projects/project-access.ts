import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { ProjectRole } from "./vocabulary";
import type { Tx } from "./include-articles";

/** What a project role may do inside its project. */
export type ProjectPermission =
  /** See the project, its schema, guidelines and (scoped) claims. */
  | "project.read"
  /** Write claims and take articles from the queue. */
  | "project.annotate"
  /** See every annotator's claims, review and adjudicate. */
  | "project.review"
  /** Change settings, schema, guidelines, members, articles and assignments. */
  | "project.manage";

const granted: Record<ProjectRole, readonly ProjectPermission[]> = {
  annotator: ["project.read", "project.annotate"],
  reviewer: ["project.read", "project.annotate", "project.review"],
  manager: ["project.read", "project.annotate", "project.review", "project.manage"],
};

function projectCan(role: ProjectRole, permission: ProjectPermission): boolean {
  return granted[role].includes(permission);
}

/** The caller's standing in one project. */
export interface ProjectAccess {
  projectId: string;
  /** Their role there: a membership's, else the one a project open to the instance implies, else (admins) manager. */
  role: ProjectRole;
  /** Instance admins manage every project whatever their role in it. */
  admin: boolean;
  /** True when the role comes from a membership row. */
  member: boolean;
  actor: Pick<Actor, "id" | "role">;
}

/**
 * The role a user has in a project, or null when the project is not theirs to see: a
 * membership gives its role; a project open to the instance (the Default project) gives
 * everyone else the role their instance role implies; an instance admin without either is a
 * manager (and manages every project in any case, see `ProjectAccess.admin`).
 */
export function roleInProject({
  actor,
  visibility,
  memberRole,
}: {
  actor: Pick<Actor, "role">;
  visibility: string;
  memberRole: string | null | undefined;
}): ProjectRole | null {
  if (memberRole === "annotator" || memberRole === "reviewer" || memberRole === "manager") return memberRole;
  if (actor.role === "admin") return "manager";
  if (visibility === "instance") return actor.role === "reviewer" ? "reviewer" : "annotator";
  return null;
}

/** Whether the caller's access grants a project permission (admins hold them all). */
export function accessCan(access: Pick<ProjectAccess, "role" | "admin">, permission: ProjectPermission): boolean {
  return access.admin || projectCan(access.role, permission);
}

/**
 * Resolves the caller's access to a project and checks a project permission: 404 when the
 * project does not exist or is not theirs to see (so ids of others' projects are not confirmed),
 * 403 when their role lacks the permission.
 */
export async function projectAccess({
  db,
  actor,
  projectId,
  permission = "project.read",
}: {
  db: Db | Tx;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  permission?: ProjectPermission;
}): Promise<ProjectAccess> {
  const project = await db.project.findUnique({
    where: { id: projectId },
    select: { visibility: true, members: { where: { userId: actor.id }, select: { role: true } } },
  });
  const memberRole = project?.members[0]?.role;
  const role = project ? roleInProject({ actor, visibility: project.visibility, memberRole }) : null;
  if (!role) throw AppError.notFound(`Project ${projectId}`);
  const access = { projectId, role, admin: actor.role === "admin", member: memberRole !== undefined, actor };
  if (!accessCan(access, permission)) {
    throw new AppError("forbidden", `Your role in this project (${role}) lacks the ${permission} permission`);
  }
  return access;
}
