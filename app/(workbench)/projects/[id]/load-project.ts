import "server-only";
import { cache } from "react";
import { notFound, redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current-actor";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getProject } from "@/lib/projects/get-project";
import { accessCan, type ProjectPermission } from "@/lib/projects/project-access";

/**
 * The signed-in user and the project a page under /projects/[id] shows (once per request): a
 * project they cannot see is a 404; a page that needs a project permission their role lacks
 * sends them to the "not allowed" page.
 */
export const loadProject = cache(async (id: string, path: string, permission: ProjectPermission = "project.read") => {
  const actor = await requireActor(`/projects/${encodeURIComponent(id)}${path}`, "articles.read");
  let project;
  try {
    project = await getProject({ db: getDb(), actor, projectId: id });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const access = { role: project.yourRole, admin: actor.role === "admin" };
  if (!accessCan(access, permission)) redirect(`/forbidden?need=${encodeURIComponent(permission)}`);
  return { actor, project, can: (p: ProjectPermission) => accessCan(access, p) };
});
