import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { Tx } from "./include-articles";
import { projectAccess, type ProjectAccess } from "./project-access";
import { parseVerdictLabels } from "./project-view";

/** What writing a claim on an article of a project needs to know, checked. */
export interface ClaimWriteContext {
  access: ProjectAccess;
  /** The caller's open assignment of the article, which the claim joins (null where the project lets anyone tag). */
  assignmentId: string | null;
  /** The guidelines in force (null while the project has none). */
  guidelinesVersionId: string | null;
}

/**
 * Checks, inside the write's transaction, that the caller may write a claim on this article of
 * this project: the project is theirs to annotate in (404/403), the article is in it (422), and
 * - where an article gets one annotator and is not blind (today's flow, the Default project),
 *   anyone who annotates may tag it; an open assignment they hold is joined all the same;
 * - otherwise they need an open assignment of the article: 409 when they have none (take it
 *   from the queue), when they submitted it (their layer is final), or when it was returned.
 */
export async function claimWriteContext(
  tx: Tx,
  { actor, projectId, articleId }: { actor: Pick<Actor, "id" | "role">; projectId: string; articleId: string },
): Promise<ClaimWriteContext> {
  const access = await projectAccess({ db: tx, actor, projectId, permission: "project.annotate" });
  const [included, assignment, guidelines] = await Promise.all([
    tx.projectArticle.findUnique({
      where: { projectId_articleId: { projectId, articleId } },
      select: { targetAnnotators: true, blind: true },
    }),
    tx.assignment.findUnique({
      where: { projectId_articleId_annotatorId: { projectId, articleId, annotatorId: actor.id } },
      select: { id: true, state: true },
    }),
    tx.guidelinesVersion.findFirst({ where: { projectId }, orderBy: { number: "desc" }, select: { id: true } }),
  ]);
  if (!included) {
    const message = "the article is not in this project (add it to the project first)";
    throw new AppError("validation_failed", `Invalid request: projectId: ${message}`, [{ path: "projectId", message }]);
  }
  const open = assignment && (assignment.state === "assigned" || assignment.state === "in_progress");
  if (!open) {
    if (assignment?.state === "submitted") {
      throw new AppError("conflict", "You submitted this article in this project; your claims on it are final");
    }
    if (assignment?.state === "returned") {
      throw new AppError(
        "conflict",
        "Your assignment of this article was returned to the pool; ask a manager to assign it again",
      );
    }
    if (included.targetAnnotators > 1 || included.blind) {
      throw new AppError(
        "conflict",
        `This article is annotated by ${included.targetAnnotators} people${included.blind ? ", blind" : ""}: take it from your queue (“Next article”) before tagging it`,
      );
    }
  }
  return { access, assignmentId: open ? assignment.id : null, guidelinesVersionId: guidelines?.id ?? null };
}

/** 422 unless `kind` is a kind of the project's schema, naming the ones it has. */
export async function assertKindInSchema(tx: Tx, projectId: string, kind: string): Promise<void> {
  const kinds = await tx.projectKind.findMany({
    where: { projectId },
    select: { key: true },
    orderBy: { position: "asc" },
  });
  if (!kinds.some((k) => k.key === kind)) {
    const message = `"${kind}" is not a kind of this project; use one of ${kinds.map((k) => k.key).join(", ")}`;
    throw new AppError("validation_failed", `Invalid request: kind: ${message}`, [{ path: "kind", message }]);
  }
}

/** 422 unless `verdict` is one of the project's verdict labels. */
export async function assertVerdictInSchema(tx: Tx, projectId: string, verdict: string): Promise<void> {
  const project = await tx.project.findUniqueOrThrow({ where: { id: projectId }, select: { verdictLabels: true } });
  const labels = parseVerdictLabels(project.verdictLabels);
  if (!labels.some((l) => l.key === verdict)) {
    const message = `"${verdict}" is not a verdict of this project; use one of ${labels.map((l) => l.key).join(", ")}`;
    throw new AppError("validation_failed", `Invalid request: verdict: ${message}`, [{ path: "verdict", message }]);
  }
}
