import { z } from "zod";
import { route } from "@/lib/http/route";
import { storableText } from "@/lib/http/wire-rules";
import { bulkAssign } from "@/lib/assignments/bulk-assign";

const BulkAssignInput = z.object({
  csv: storableText(z.string({ error: "must be a string of CSV lines article,email" })).refine(
    (s) => s.trim() !== "",
    "must not be empty",
  ),
});

/** Assigns from CSV lines `article,email` (article id or URL), all or nothing (managers): `{ csv }` → `{ assigned, items }`. */
export const POST = route({ permission: "articles.read", body: BulkAssignInput }, async ({ db, actor, params, body }) =>
  bulkAssign({ db, actor, projectId: params.id ?? "", csv: body.csv }),
);
