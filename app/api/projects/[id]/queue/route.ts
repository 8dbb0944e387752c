import { route } from "@/lib/http/route";
import { listMyQueue } from "@/lib/assignments/list-my-queue";

/** The caller's queue: assigned, in progress, recently submitted, quota, what is left for them, guidelines to open. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listMyQueue({ db, actor, projectId: params.id ?? "" }),
);
