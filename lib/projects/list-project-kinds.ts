import type { Db } from "@/lib/db/client";

/** A project's claim kinds in the schema's order: what filters offer and what a `kind` parameter may name. */
export async function listProjectKinds({ db, projectId }: { db: Db; projectId: string }) {
  return db.projectKind.findMany({
    where: { projectId },
    select: { key: true, label: true },
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
}
