import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { DEFAULT_KINDS } from "./default-kinds";
import { getProject } from "./get-project";
import type { CreateProjectData } from "./schema";
import { AVERITEC_VERDICTS, DEFAULT_ABANDON_AFTER_MINUTES } from "./vocabulary";

/**
 * Makes a project with its claim schema (today's six kinds and AVeriTeC's verdict labels unless
 * given) and makes its creator its manager, in one transaction with the audit event. Blind is
 * on by default when an article gets more than one annotator. A taken name is a 409.
 */
export async function createProject({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  input: CreateProjectData;
}) {
  const { kinds, verdictLabels, name, description, licence, ...settings } = input;
  const annotatorsPerArticle = settings.annotatorsPerArticle ?? 1;
  const taken = await db.project.findUnique({ where: { name }, select: { id: true } });
  if (taken)
    throw new AppError("conflict", `A project named “${name}” already exists`, undefined, { existingId: taken.id });
  try {
    const id = await db.$transaction(async (tx) => {
      const project = await tx.project.create({
        data: {
          name,
          description,
          licence,
          ...settings,
          annotatorsPerArticle,
          blind: settings.blind ?? annotatorsPerArticle > 1,
          abandonAfterMinutes:
            settings.abandonAfterMinutes === undefined ? DEFAULT_ABANDON_AFTER_MINUTES : settings.abandonAfterMinutes,
          verdictLabels: JSON.stringify(verdictLabels ?? AVERITEC_VERDICTS),
          createdById: actor.id,
        },
        select: { id: true },
      });
      await tx.projectKind.createMany({
        data: (kinds ?? DEFAULT_KINDS).map((k, position) => ({
          projectId: project.id,
          key: k.key,
          label: k.label,
          colour: k.colour,
          shortcut: k.shortcut,
          definition: k.definition,
          examples: JSON.stringify(k.examples),
          attributes: JSON.stringify(k.attributes),
          position,
        })),
      });
      await tx.projectMember.create({ data: { projectId: project.id, userId: actor.id, role: "manager" } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "project.create",
        entityType: "project",
        entityId: project.id,
        after: { name, annotatorsPerArticle, kinds: (kinds ?? DEFAULT_KINDS).map((k) => k.key) },
      });
      return project.id;
    });
    return getProject({ db, actor, projectId: id });
  } catch (error) {
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002")
      throw new AppError("conflict", `A project named “${name}” already exists`);
    throw error;
  }
}
