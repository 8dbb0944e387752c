import { route, json } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";

export const GET = route(ops.getProjects, async ({ db, actor, query }) =>
  listProjects({ db, actor, includeArchived: query.archived === "true" }),
);

export const POST = route(ops.createProject, async ({ db, actor, body }) => {
  const project = await createProject({ db, actor, input: body });
  return json(project, 201, { Location: `/api/projects/${project.id}` });
});
