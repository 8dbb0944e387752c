import { z } from "zod";
import { route, json } from "@/lib/http/route";
import { CreateProjectInput } from "@/lib/projects/schema";
import { createProject } from "@/lib/projects/create-project";
import { listProjects } from "@/lib/projects/list-projects";

const ListProjectsQuery = z.object({
  archived: z.enum(["true", "false"], { error: "must be true or false" }).optional(),
});

/** The projects the caller can see, by name, with their role in each (`?archived=true` adds archived ones). */
export const GET = route({ permission: "articles.read", query: ListProjectsQuery }, async ({ db, actor, query }) =>
  listProjects({ db, actor, includeArchived: query.archived === "true" }),
);

/** 201 with the new project; its creator is its manager. 409 when the name is taken. */
export const POST = route({ permission: "projects.create", body: CreateProjectInput }, async ({ db, actor, body }) => {
  const project = await createProject({ db, actor, input: body });
  return json(project, 201, { Location: `/api/projects/${project.id}` });
});
