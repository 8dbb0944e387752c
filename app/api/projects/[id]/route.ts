import { route } from "@/lib/http/route";
import { UpdateProjectInput } from "@/lib/projects/schema";
import { getProject } from "@/lib/projects/get-project";
import { updateProject } from "@/lib/projects/update-project";

/** The project: settings, claim schema, newest guidelines version, counts and the caller's role. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  getProject({ db, actor, projectId: params.id ?? "" }),
);

/** Changes name, description, licence or workflow settings (managers) with `version`; stale → 409 with `current`. */
export const PATCH = route(
  { permission: "articles.read", body: UpdateProjectInput },
  async ({ db, actor, params, body }) => updateProject({ db, actor, projectId: params.id ?? "", input: body }),
);
