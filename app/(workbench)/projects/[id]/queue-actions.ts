"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { AppError } from "@/lib/errors";
import { assignArticle, assignArticleInTx } from "@/lib/assignments/assign-article";
import { reassignAssignment } from "@/lib/assignments/reassign-assignment";
import { returnAssignment } from "@/lib/assignments/return-assignment";
import { submitAssignment } from "@/lib/assignments/submit-assignment";
import { takeNextAssignment } from "@/lib/assignments/take-next-assignment";
import { addProjectArticles } from "@/lib/projects/add-project-articles";
import { projectAccess } from "@/lib/projects/project-access";
import { AddArticlesInput } from "@/lib/projects/schema";
import { parseAssignmentCsv } from "./bulk-assign-csv";

const id = z.string().min(1).max(100);
const REFUSED = "Your session has ended or your role in this project changed. Reload the page.";

const EMPTY_REASONS = {
  pool_empty: "Nothing left for you: every article has its annotators, or you have done them all.",
  quota_reached: "You have reached your quota in this project.",
  manual_assignment: "Managers assign the articles in this project; nothing is assigned to you yet.",
} as const;

/** "Next article": resumes the caller's open assignment or takes a new slot, and opens the article. */
export const nextArticleAction = action(
  { permission: "claims.write", input: z.object({ projectId: id }), refused: REFUSED },
  async ({ actor, db, input }) => {
    const result = await takeNextAssignment({ db, actor, projectId: input.projectId });
    if (!result.assignment) {
      const reason = EMPTY_REASONS[result.reason];
      return { status: "empty" as const, message: result.quota ? `${reason} (${result.quota} articles)` : reason };
    }
    revalidatePath(`/projects/${input.projectId}`);
    redirect(articleHref(input.projectId, result.assignment.articleId, result.assignment.id));
    return { status: "taken" as const };
  },
);

/** Where an assignment's article opens: the reader, in the assignment's project. */
function articleHref(projectId: string, articleId: string, assignmentId: string): string {
  return `/articles/${encodeURIComponent(articleId)}?project=${encodeURIComponent(projectId)}&assignment=${encodeURIComponent(assignmentId)}`;
}

export const submitAssignmentAction = action(
  { permission: "claims.write", input: z.object({ projectId: id, assignmentId: id }), refused: REFUSED },
  async ({ actor, db, input }) => {
    const done = await submitAssignment({ db, actor, assignmentId: input.assignmentId });
    revalidatePath(`/projects/${input.projectId}`, "layout");
    redirect(
      `/projects/${encodeURIComponent(input.projectId)}?submitted=${encodeURIComponent(done.article.title)}&claims=${done.claimsSubmitted}`,
    );
    return { status: "submitted" as const };
  },
);

const CellForm = z.object({
  projectId: id,
  op: z.enum(["assign", "return", "reassign"], { error: "must be assign, return or reassign" }),
  articleId: z.string().max(100),
  annotatorId: z.string().max(100),
  assignmentId: z.string().max(100),
});

/** One click in the matrix: assign an article to an annotator, return an assignment, or move it to another annotator. */
export const matrixCellAction = action(
  { permission: "articles.read", input: CellForm, refused: REFUSED },
  async ({ actor, db, input }) => {
    const { projectId } = input;
    if (input.op === "assign") {
      await assignArticle({ db, actor, projectId, articleId: input.articleId, annotatorId: input.annotatorId });
    } else if (input.op === "return") {
      await returnAssignment({ db, actor, assignmentId: input.assignmentId });
    } else {
      await reassignAssignment({ db, actor, assignmentId: input.assignmentId, annotatorId: input.annotatorId });
    }
    revalidatePath(`/projects/${projectId}/matrix`);
    return {
      status: "done" as const,
      message: input.op === "assign" ? "Assigned." : input.op === "return" ? "Returned to the pool." : "Moved.",
    };
  },
);

/** Bulk assignment from CSV lines of article,email: all or nothing, one transaction. */
export const bulkAssignAction = action(
  {
    permission: "articles.read",
    input: z.object({ projectId: id, csv: z.string().max(5_000_000) }),
    refused: REFUSED,
    labels: { csv: "The CSV" },
    keep: ["csv"],
  },
  async ({ actor, db, input }) => {
    await projectAccess({ db, actor, projectId: input.projectId, permission: "project.manage" });
    const lines = parseAssignmentCsv(input.csv);
    if (lines.length === 0)
      throw new AppError("validation_failed", "Nothing to assign", [
        { path: "csv", message: "has no lines of article,email" },
      ]);
    if (lines.length > 10_000)
      throw new AppError("validation_failed", "Too many lines", [
        { path: "csv", message: "must have at most 10,000 lines" },
      ]);
    const emails = [...new Set(lines.map((l) => l.email.toLowerCase()))];
    const users = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
    const byEmail = new Map(users.map((u) => [u.email.toLowerCase(), u.id]));
    const unknown = lines.find((l) => !byEmail.has(l.email.toLowerCase()));
    if (unknown) {
      throw new AppError("validation_failed", "Unknown email", [
        { path: "csv", message: `line ${unknown.line}: ${unknown.email} is not a user of this instance` },
      ]);
    }
    const now = new Date();
    await db.$transaction(
      async (tx) => {
        for (const l of lines) {
          try {
            await assignArticleInTx(tx, {
              actor,
              projectId: input.projectId,
              articleId: l.article,
              annotatorId: byEmail.get(l.email.toLowerCase())!,
              now,
            });
          } catch (error) {
            if (error instanceof AppError) {
              throw new AppError(
                error.code === "conflict" ? "conflict" : "validation_failed",
                `Line ${l.line}: ${error.message}`,
                [
                  {
                    path: "csv",
                    message: `line ${l.line} (${l.article}, ${l.email}): ${error.issues?.[0]?.message ?? error.message}`,
                  },
                ],
              );
            }
            throw error;
          }
        }
      },
      { timeout: 60_000 },
    );
    revalidatePath(`/projects/${input.projectId}`, "layout");
    return {
      status: "assigned" as const,
      message: `Assigned ${lines.length} article${lines.length === 1 ? "" : "s"}.`,
    };
  },
);

const AddArticlesForm = z.object({ projectId: id, q: z.string(), ids: z.string() });

/** Adds library articles to the project: every article a search finds, or the ids listed. */
export const addArticlesAction = action(
  {
    permission: "articles.read",
    input: AddArticlesForm,
    refused: REFUSED,
    labels: { q: "The search", ids: "The ids" },
    keep: ["q", "ids"],
  },
  async ({ actor, db, input }) => {
    const ids = input.ids
      .split(/[\s,]+/)
      .map((s) => s.trim())
      .filter(Boolean);
    const parsed = AddArticlesInput.safeParse(ids.length ? { articleIds: ids } : { q: input.q || undefined });
    if (!parsed.success) {
      throw new AppError("validation_failed", "Give a search or article ids", [
        { path: ids.length ? "ids" : "q", message: parsed.error.issues[0]?.message ?? "is not valid" },
      ]);
    }
    const result = await addProjectArticles({ db, actor, projectId: input.projectId, input: parsed.data });
    revalidatePath(`/projects/${input.projectId}`, "layout");
    return { status: "added" as const, message: describeAdded(result) };
  },
);

function describeAdded(result: unknown): string {
  if (result && typeof result === "object" && "added" in result && typeof result.added === "number") {
    const skipped = "skipped" in result && typeof result.skipped === "number" ? result.skipped : 0;
    return `Added ${result.added} article${result.added === 1 ? "" : "s"}${skipped ? `; ${skipped} were already in the project` : ""}.`;
  }
  return "Added.";
}
