import { parse } from "csv-parse/sync";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError, type FieldIssue } from "@/lib/errors";
import { projectAccess } from "@/lib/projects/project-access";
import { assignArticleInTx } from "./assign-article";

/** Most rows one CSV may carry. */
const MAX_BULK_ROWS = 20_000;

/**
 * Assigns articles to annotators from CSV rows `article,email` (managers), where article is an
 * article id or its URL; a header row (`article,email`) is skipped. All or nothing: every row is
 * checked first (unknown article or email: 422 listing each bad line), then all are assigned in
 * one transaction under the usual rules (a full article, a quota reached or an article already
 * held stops it with the line named, and nothing is assigned).
 */
export async function bulkAssign({
  db,
  actor,
  projectId,
  csv,
  now = new Date(),
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  csv: string;
  now?: Date;
}) {
  await projectAccess({ db, actor, projectId, permission: "project.manage" });
  let records: string[][];
  try {
    records = parse(csv, { skip_empty_lines: true, trim: true, relax_column_count: true }) as string[][];
  } catch (error) {
    const message = `is not valid CSV: ${error instanceof Error ? error.message : String(error)}`;
    throw new AppError("validation_failed", `Invalid request: csv: ${message}`, [{ path: "csv", message }]);
  }
  const rows = records
    .map((r, i) => ({ line: i + 1, article: r[0] ?? "", email: (r[1] ?? "").toLowerCase(), extra: r.length > 2 }))
    .filter((r, i) => !(i === 0 && r.article.toLowerCase() === "article" && r.email === "email"));
  if (rows.length === 0) {
    throw new AppError("validation_failed", "Invalid request: csv: has no rows", [
      { path: "csv", message: "has no rows" },
    ]);
  }
  if (rows.length > MAX_BULK_ROWS) {
    const message = `has ${rows.length} rows; send at most ${MAX_BULK_ROWS} at once`;
    throw new AppError("validation_failed", `Invalid request: csv: ${message}`, [{ path: "csv", message }]);
  }
  const keys = [...new Set(rows.map((r) => r.article))];
  const emails = [...new Set(rows.map((r) => r.email))];
  const [articles, users] = await Promise.all([
    db.projectArticle.findMany({
      where: { projectId, OR: [{ articleId: { in: keys } }, { article: { url: { in: keys } } }] },
      select: { articleId: true, article: { select: { url: true } } },
    }),
    db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } }),
  ]);
  const articleOf = new Map<string, string>();
  for (const a of articles) {
    articleOf.set(a.articleId, a.articleId);
    if (a.article.url) articleOf.set(a.article.url, a.articleId);
  }
  const userOf = new Map(users.map((u) => [u.email, u.id]));
  const issues: FieldIssue[] = [];
  for (const r of rows) {
    if (r.extra)
      issues.push({ path: `csv.${r.line}`, message: `line ${r.line}: has more than two columns (article,email)` });
    if (!articleOf.has(r.article))
      issues.push({
        path: `csv.${r.line}.article`,
        message: `line ${r.line}: “${r.article}” is no article of this project (an id or a URL)`,
      });
    if (!userOf.has(r.email))
      issues.push({ path: `csv.${r.line}.email`, message: `line ${r.line}: “${r.email}” is no user of this instance` });
  }
  if (issues.length) {
    throw new AppError(
      "validation_failed",
      `Invalid request: ${issues.length} problem${issues.length === 1 ? "" : "s"} in the CSV; nothing was assigned`,
      issues,
    );
  }
  const assignments = await db.$transaction(
    async (tx) => {
      const made = [];
      for (const r of rows) {
        try {
          made.push(
            await assignArticleInTx(tx, {
              actor,
              projectId,
              articleId: articleOf.get(r.article)!,
              annotatorId: userOf.get(r.email)!,
              now,
            }),
          );
        } catch (error) {
          if (error instanceof AppError) {
            throw new AppError(
              error.code,
              `line ${r.line} (${r.article}, ${r.email}): ${error.message}; nothing was assigned`,
              error.issues?.map((i) => ({
                path: `csv.${r.line}.${i.path}`,
                message: `line ${r.line}: ${i.message}`,
              })),
            );
          }
          throw error;
        }
      }
      return made;
    },
    { timeout: 120_000 },
  );
  return {
    assigned: assignments.length,
    items: assignments.map((a) => ({ id: a.id, articleId: a.articleId, annotatorId: a.annotatorId })),
  };
}
