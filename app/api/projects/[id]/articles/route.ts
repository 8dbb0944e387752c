import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { addProjectArticles } from "@/lib/projects/add-project-articles";
import { listProjectArticles } from "@/lib/projects/list-project-articles";

export const GET = route(ops.getProjectArticles, async ({ db, actor, params, query }) =>
  listProjectArticles({ db, actor, projectId: params.id ?? "", ...query }),
);

export const POST = route(ops.addProjectArticles, async ({ db, actor, params, body }) =>
  addProjectArticles({ db, actor, projectId: params.id ?? "", input: body }),
);
