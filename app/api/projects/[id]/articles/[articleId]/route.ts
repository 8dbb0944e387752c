import { route } from "@/lib/http/route";
import * as ops from "@/lib/openapi/operations/projects";
import { removeProjectArticle } from "@/lib/projects/remove-project-article";

export const DELETE = route(ops.removeProjectArticle, async ({ db, actor, params }) =>
  removeProjectArticle({ db, actor, projectId: params.id ?? "", articleId: params.articleId ?? "" }),
);
