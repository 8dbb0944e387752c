import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { assertQueryKind } from "@/lib/projects/list-project-kinds";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { readScope } from "@/lib/projects/read-scope";
import { claimSelect, ListClaimsQuery, type ClaimSort } from "./schema";

/** Order for each sort key; `id` last so paging is stable when the keys tie. */
function orderFor(sort: ClaimSort) {
  switch (sort) {
    case "created":
      return [{ createdAt: "asc" as const }, { id: "asc" as const }];
    case "-created":
      return [{ createdAt: "desc" as const }, { id: "desc" as const }];
    case "value":
      return [
        { value: { sort: "asc" as const, nulls: "last" as const } },
        { createdAt: "desc" as const },
        { id: "asc" as const },
      ];
    case "-value":
      return [
        { value: { sort: "desc" as const, nulls: "last" as const } },
        { createdAt: "desc" as const },
        { id: "asc" as const },
      ];
    case "article":
      return [
        { article: { title: "asc" as const } },
        { articleId: "asc" as const },
        { start: "asc" as const },
        { end: "desc" as const },
        { id: "asc" as const },
      ];
    case "kind":
      return [{ kind: "asc" as const }, { createdAt: "desc" as const }, { id: "asc" as const }];
    case "status":
      return [{ status: "asc" as const }, { createdAt: "desc" as const }, { id: "asc" as const }];
  }
}

/**
 * One page of claims for the claims table, with article title and author name: the claims of
 * one project (`projectId`, else the Default project) that the caller may see there (blind:
 * their own). A `kind` that is not one of that project's kinds is a 400 naming `kind`.
 *
 * `valueMin`/`valueMax` bound the claim's `value` (its lower bound for ranges); claims without
 * a value drop out when either is given. `q` matches exact, unit, attributedTo or note,
 * case-insensitively: SQLite's LIKE already ignores ASCII case, PostgreSQL needs ILIKE.
 */
export async function listClaims({
  db,
  actor,
  query,
  provider,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  query: ListClaimsQuery;
  provider: "sqlite" | "postgresql";
}) {
  const { articleId, authorId, kind, status, valueMin, valueMax, q, sort, page, pageSize, projectId } =
    ListClaimsQuery.parse(query);
  const access = await readScope({ db, actor, projectId });
  if (kind !== undefined) await assertQueryKind(db, access.projectId, kind);
  const mode = provider === "postgresql" ? { mode: "insensitive" as const } : {};
  const where = {
    AND: [visibleClaimsWhere(access)],
    articleId,
    authorId,
    kind,
    status,
    ...(valueMin !== undefined || valueMax !== undefined ? { value: { gte: valueMin, lte: valueMax } } : {}),
    ...(q
      ? {
          OR: (["exact", "unit", "attributedTo", "note"] as const).map((field) => ({
            [field]: { contains: q, ...mode },
          })),
        }
      : {}),
  };
  const [total, items] = await Promise.all([
    db.claim.count({ where }),
    db.claim.findMany({
      where,
      select: { ...claimSelect, article: { select: { id: true, title: true } } },
      orderBy: orderFor(sort),
      skip: (page - 1) * pageSize,
      take: pageSize,
    }),
  ]);
  return { items, page, pageSize, total, pages: Math.max(1, Math.ceil(total / pageSize)) };
}
