import { z } from "zod";
import type { Db } from "@/lib/db/client";
import type { Claim } from "@/lib/db/generated/sqlite/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { recordAudit } from "@/lib/audit/record-audit";
import { claimSnapshot } from "@/lib/audit/snapshots";
import { storableText, versionNumber } from "@/lib/http/wire-rules";
import { accessCan } from "@/lib/projects/project-access";
import { visibleClaim } from "@/lib/projects/visible-claim";
import { editableStatuses, STALE_CLAIM_MESSAGE } from "./claim-access";
import { claimSelect } from "./schema";

const version = (what: string) =>
  versionNumber(
    z.number({
      error: (iss) => (iss.input === undefined ? `is required: send the ${what} you last read` : "must be a number"),
    }),
  );

/** Body of `POST /api/claims/{id}/merge`: the duplicate to fold into claim `id`, and both versions. */
export const MergeClaimInput = z.object({
  duplicateId: storableText(
    z.string({ error: (iss) => (iss.input === undefined ? "is required" : "must be a string") }),
  )
    .trim()
    .min(1, "must name a claim")
    .max(100, "must be at most 100 characters"),
  version: version("kept claim's version"),
  duplicateVersion: version("duplicate's version"),
});
export type MergeClaimInput = z.infer<typeof MergeClaimInput>;

/**
 * The fields a merge may carry over, in groups that move together: a figure's value is
 * meaningless without its qualifier and unit. `sameKind` groups belong to one kind's form and
 * move only between claims of the same kind.
 */
const fieldGroups = [
  { name: "figure", fields: ["value", "qualifier", "valueMax", "unit"], sameKind: true },
  { name: "attribution", fields: ["attributedTo", "authorType"], sameKind: true },
  { name: "time", fields: ["timeRef"], sameKind: false },
  { name: "statement", fields: ["statement"], sameKind: false },
  { name: "note", fields: ["note"], sameKind: false },
  { name: "verdict", fields: ["verdict", "justification"], sameKind: false },
  { name: "cluster", fields: ["clusterId"], sameKind: false },
] as const;

type MovableField = (typeof fieldGroups)[number]["fields"][number];
/** A claim's kind and the fields a merge may carry over, as the database has them. */
type Movable = Pick<Claim, "kind" | MovableField>;

const isSet = (v: unknown) => v !== null && v !== undefined && v !== "";

/**
 * What the duplicate adds to the kept claim: each group the kept claim leaves empty and the
 * duplicate fills moves; a group both fill differently is a conflict (the kept claim's stays).
 * Pure, so the rule is tested without a database.
 */
export function mergeFields(kept: Movable, duplicate: Movable) {
  const data: Partial<Omit<Movable, "kind">> = {};
  const moved: string[] = [];
  const conflicts: string[] = kept.kind === duplicate.kind ? [] : ["kind"];
  for (const group of fieldGroups) {
    const theirs = group.fields.filter((f) => isSet(duplicate[f]));
    if (theirs.length === 0) continue;
    if (group.sameKind && kept.kind !== duplicate.kind) continue;
    const ours = group.fields.filter((f) => isSet(kept[f]));
    if (ours.length === 0) {
      for (const f of group.fields) Object.assign(data, { [f]: duplicate[f] satisfies Movable[MovableField] });
      moved.push(group.name);
    } else if (group.fields.some((f) => (kept[f] ?? null) !== (duplicate[f] ?? null))) {
      conflicts.push(group.name);
    }
  }
  return { data, moved, conflicts };
}

/**
 * Folds a duplicate (the same author's claim on exactly the same span of the same article, in
 * the same project) into the claim kept: the fields it fills that the kept claim leaves empty,
 * and its evidence links both ways, unless the kept claim already has that link (or it would
 * link the kept claim to itself); then the duplicate is deleted. One transaction with its audit
 * events: "claim.merge" on the kept claim, "claim.delete" on the duplicate.
 *
 * Who: the claims' author, or a manager of their project (an admin manages every project). Both
 * must still be editable (draft or changes requested), and both versions the ones last read.
 */
export async function mergeClaims({
  db,
  actor,
  id,
  input,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  id: string;
  input: MergeClaimInput;
}) {
  const { duplicateId } = input;
  if (duplicateId === id) {
    throw new AppError("validation_failed", "A claim cannot be merged into itself", [
      { path: "duplicateId", message: "must be another claim than the one kept" },
    ]);
  }
  // Either claim out of the caller's sight is a 404, as if it did not exist.
  const { access } = await visibleClaim({ db, actor, claimId: id });
  await visibleClaim({ db, actor, claimId: duplicateId });

  return db.$transaction(async (tx) => {
    const select = { ...claimSelect, authorId: true, clusterId: true } as const;
    const kept = await tx.claim.findUnique({ where: { id }, select });
    const duplicate = await tx.claim.findUnique({ where: { id: duplicateId }, select });
    if (!kept) throw AppError.notFound(`Claim ${id}`);
    if (!duplicate) throw AppError.notFound(`Claim ${duplicateId}`);

    const same =
      kept.authorId === duplicate.authorId &&
      kept.projectId === duplicate.projectId &&
      kept.articleId === duplicate.articleId &&
      kept.layer === "annotation" &&
      duplicate.layer === "annotation" &&
      kept.start === duplicate.start &&
      kept.end === duplicate.end;
    if (!same) {
      throw new AppError("validation_failed", "Only one author's claims on exactly the same span can be merged", [
        { path: "duplicateId", message: "must be the same author's claim on the same span of the same article" },
      ]);
    }
    if (kept.authorId !== actor.id && !accessCan(access, "project.manage")) {
      throw new AppError("forbidden", "Only the claims' author or a manager of their project may merge them");
    }
    for (const claim of [kept, duplicate]) {
      if (!editableStatuses.some((s) => s === claim.status)) {
        throw new AppError(
          "conflict",
          `Claim ${claim.id} is locked in status "${claim.status}"; only ${editableStatuses.join(" or ")} claims can be merged`,
          undefined,
          { current: claim },
        );
      }
    }
    if (kept.version !== input.version)
      throw new AppError("conflict", STALE_CLAIM_MESSAGE, undefined, { current: kept });
    if (duplicate.version !== input.duplicateVersion) {
      throw new AppError("conflict", STALE_CLAIM_MESSAGE, undefined, { current: duplicate });
    }

    const keptBefore = await claimSnapshot(tx, id);
    const duplicateBefore = await claimSnapshot(tx, duplicateId);
    const fields = mergeFields(kept, duplicate);

    // Evidence: the kept claim's links, both ways, say which ones it already has.
    const keptLinks = await tx.evidence.findMany({
      where: { OR: [{ claimId: id }, { targetClaimId: id }] },
      select: { claimId: true, targetClaimId: true, url: true },
    });
    const keptCites = new Set(keptLinks.filter((l) => l.claimId === id).map((l) => l.targetClaimId ?? `url:${l.url}`));
    const citesKept = new Set(keptLinks.filter((l) => l.targetClaimId === id).map((l) => l.claimId));
    const theirs = await tx.evidence.findMany({
      where: { OR: [{ claimId: duplicateId }, { targetClaimId: duplicateId }] },
      select: { id: true, claimId: true, targetClaimId: true, url: true },
    });
    let movedLinks = 0;
    let droppedLinks = 0;
    for (const link of theirs) {
      const outgoing = link.claimId === duplicateId;
      const other = outgoing ? link.targetClaimId : link.claimId;
      const clash = outgoing
        ? other === id || keptCites.has(other ?? `url:${link.url}`) || (other !== null && citesKept.has(other))
        : other === id || citesKept.has(other ?? "") || keptCites.has(other ?? "");
      if (clash) {
        droppedLinks += 1;
        continue;
      }
      await tx.evidence.update({
        where: { id: link.id },
        data: outgoing ? { claimId: id, version: { increment: 1 } } : { targetClaimId: id, version: { increment: 1 } },
      });
      if (outgoing) keptCites.add(other ?? `url:${link.url}`);
      else citesKept.add(other ?? "");
      movedLinks += 1;
    }

    const removed = await tx.claim.deleteMany({
      where: { id: duplicateId, version: duplicate.version, status: { in: [...editableStatuses] } },
    });
    if (removed.count !== 1) throw new AppError("conflict", STALE_CLAIM_MESSAGE);
    const written = await tx.claim.updateMany({
      where: { id, version: kept.version, status: { in: [...editableStatuses] } },
      data: { ...fields.data, version: { increment: 1 } },
    });
    if (written.count !== 1) throw new AppError("conflict", STALE_CLAIM_MESSAGE);

    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.delete",
      entityType: "claim",
      entityId: duplicateId,
      before: duplicateBefore,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "claim.merge",
      entityType: "claim",
      entityId: id,
      before: keptBefore,
      after: await claimSnapshot(tx, id),
    });
    const claim = await tx.claim.findUniqueOrThrow({ where: { id }, select: claimSelect });
    return {
      claim,
      merged: duplicateId,
      moved: { fields: fields.moved, evidence: movedLinks },
      kept: { fields: fields.conflicts, evidence: droppedLinks },
    };
  });
}
