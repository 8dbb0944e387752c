import { route } from "@/lib/http/route";
import { getCluster } from "@/lib/evidence/get-cluster";

/** The cluster with its claims in time order (`date`, `dateSource`, `period`, `source`) and `conflicts`. */
export const GET = route({ permission: "articles.read" }, async ({ db, params }) =>
  getCluster({ db, id: params.id ?? "" }),
);
