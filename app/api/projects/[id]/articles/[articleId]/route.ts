import { route } from "@/lib/http/route";
import { removeProjectArticle } from "@/lib/projects/remove-project-article";

/** Takes the article out of the project (managers); it stays in the library. With claims or assignments there → 409. */
export const DELETE = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  removeProjectArticle({ db, actor, projectId: params.id ?? "", articleId: params.articleId ?? "" }),
);
