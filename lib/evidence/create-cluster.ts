import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import { clusterSelect } from "./schema";
import type { z } from "zod";
import type { CreateClusterInput } from "./schema";

const TAKEN = (name: string) => `A cluster named “${name}” already exists; add the claims to it instead`;

/** Creates an empty, named cluster (names are unique: 409 when taken). */
export async function createCluster({
  db,
  actor,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id">;
  input: z.output<typeof CreateClusterInput>;
}) {
  const existing = await db.cluster.findFirst({
    where: { projectId: DEFAULT_PROJECT_ID, name: input.name },
    select: { id: true },
  });
  if (existing) throw new AppError("conflict", TAKEN(input.name), undefined, { existingId: existing.id });
  try {
    const cluster = await db.$transaction(async (tx) => {
      const created = await tx.cluster.create({
        data: { name: input.name, description: input.description ?? null, createdById: actor.id },
        select: clusterSelect,
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "cluster.create",
        entityType: "cluster",
        entityId: created.id,
        after: { name: created.name, description: input.description ?? null },
      });
      return created;
    });
    return { ...cluster, claimCount: 0 };
  } catch (error) {
    // Two people naming a cluster alike at the same moment: the unique index decides.
    if (typeof error === "object" && error !== null && "code" in error && error.code === "P2002")
      throw new AppError("conflict", TAKEN(input.name));
    throw error;
  }
}
