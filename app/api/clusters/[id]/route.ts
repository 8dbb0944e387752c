import { route } from "@/lib/http/route";
import { getCluster } from "@/lib/evidence/get-cluster";

/** The cluster with the claims the caller may see in time order (`date`, `dateSource`, `period`, `source`) and `conflicts`. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  getCluster({ db, actor, id: params.id ?? "" }),
);
