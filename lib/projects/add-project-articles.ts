import type { Db } from "@/lib/db/client";
import { databaseProvider } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { includeArticles } from "./include-articles";
import { projectAccess } from "./project-access";
import type { AddArticlesData } from "./schema";

/** Most articles one search may add at once. */
const MAX_BY_SEARCH = 10_000;

/**
 * Includes library articles in a project (managers): by id, or every article a search finds
 * (title, publisher, author, text). Unknown ids are a 422 naming them and nothing is added;
 * articles already in the project are skipped. Returns how many were added and skipped.
 */
export async function addProjectArticles({
  db,
  actor,
  projectId,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  input: AddArticlesData;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  let ids: string[];
  if (input.articleIds) {
    ids = [...new Set(input.articleIds)];
    const found = new Set(
      (await db.article.findMany({ where: { id: { in: ids } }, select: { id: true } })).map((a) => a.id),
    );
    const missing = ids.filter((id) => !found.has(id));
    if (missing.length) {
      const message = `names no article of the library: ${missing.slice(0, 5).join(", ")}${missing.length > 5 ? ` and ${missing.length - 5} more` : ""}`;
      throw new AppError("validation_failed", `Invalid request: articleIds: ${message}`, [
        { path: "articleIds", message },
      ]);
    }
  } else {
    const mode = databaseProvider(db) === "postgresql" ? { mode: "insensitive" as const } : {};
    const q = input.q!;
    const matches = await db.article.findMany({
      where: {
        OR: (["title", "publisher", "author", "text"] as const).map((f) => ({ [f]: { contains: q, ...mode } })),
      },
      select: { id: true },
      orderBy: { importedAt: "asc" },
      take: MAX_BY_SEARCH + 1,
    });
    if (matches.length > MAX_BY_SEARCH) {
      const message = `finds more than ${MAX_BY_SEARCH.toLocaleString("en-US")} articles; narrow the search`;
      throw new AppError("validation_failed", `Invalid request: q: ${message}`, [{ path: "q", message }]);
    }
    ids = matches.map((a) => a.id);
  }
  const added = await db.$transaction(async (tx) => {
    const count = await includeArticles({ tx, projectId, articleIds: ids, actorId: actor.id });
    if (count > 0) {
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.articles_add",
        entityType: "project",
        entityId: projectId,
        after: {
          added: count,
          ...(input.q ? { q: input.q } : { articleIds: ids.length <= 50 ? ids : ids.slice(0, 50) }),
        },
      });
    }
    return count;
  });
  return { added, skipped: ids.length - added, matched: ids.length };
}
