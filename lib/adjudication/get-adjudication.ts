import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { projectAccess } from "@/lib/projects/project-access";
import { adjudicationView, type AdjudicationView } from "./adjudication-view";
import { loadArticleState } from "./article-state";

/**
 * One article's adjudication as its page shows it (reviewers and managers of the project): the
 * units with every annotator's claim and what differs, current decisions, gold claims. An
 * article whose layers are not all submitted yet answers with `state: null` and its units so far.
 */
export async function getAdjudication({
  db,
  actor,
  projectId,
  articleId,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  articleId: string;
}): Promise<AdjudicationView> {
  await projectAccess({ db, actor, projectId, permission: "project.review" });
  const state = await loadArticleState(db, projectId, articleId);
  if (!state) throw AppError.notFound(`Article ${articleId} in project ${projectId}`);
  return adjudicationView(db, state);
}
