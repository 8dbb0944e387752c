import { route } from "@/lib/http/route";
import { listEvidenceSuggestions } from "@/lib/evidence/list-evidence-suggestions";

/** `{ items: [{ claim, score, reasons }] }`: claims that may be evidence for this one, best first. */
export const GET = route({ permission: "articles.read" }, async ({ db, actor, params }) =>
  listEvidenceSuggestions({ db, actor, claimId: params.id ?? "" }),
);
