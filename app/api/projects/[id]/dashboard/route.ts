import { route } from "@/lib/http/route";
import { projectDashboard } from "@/lib/assignments/project-dashboard";

/** Progress for reviewers and managers: articles by state, per annotator counts and median time, submissions per day. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  projectDashboard({ db, actor, projectId: params.id ?? "" }),
);
