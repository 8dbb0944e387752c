import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** A project's claim kinds in the schema's order: what filters offer and what a `kind` parameter may name. */
export async function listProjectKinds({ db, projectId }: { db: Db; projectId: string }) {
  return db.projectKind.findMany({
    where: { projectId },
    select: { key: true, label: true },
    orderBy: [{ position: "asc" }, { key: "asc" }],
  });
}

/** Why `kind` cannot filter the project's claims (naming the kinds it has), or null when it is one of them. */
export function unknownKindProblem(kinds: readonly { key: string }[], kind: string): string | null {
  if (kinds.some((k) => k.key === kind)) return null;
  return `"${kind}" is not a kind of this project; use one of ${kinds.map((k) => k.key).join(", ")}`;
}

/** 400 naming `kind` when a query's kind is not one of the project's kinds (a filter follows the project's schema). */
export async function assertQueryKind(db: Db, projectId: string, kind: string): Promise<void> {
  const message = unknownKindProblem(await listProjectKinds({ db, projectId }), kind);
  if (message) throw new AppError("bad_request", `Invalid request: kind: ${message}`, [{ path: "kind", message }]);
}
