import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { claimsVisibleAnywhere } from "@/lib/projects/claim-scope";
import { assertMayChangeApproved } from "@/lib/review/approved-guard";
import { replaceArticleText, type ReplaceTextResult } from "./replace-article-text";
import type { RemovedBlockRecord } from "../schema";

/**
 * Puts one block that cleaning removed back into the article at its original position, then
 * re-anchors the article's claims (see `replaceArticleText`). Stale `version` → 409. Every claim
 * moves with the text, but the answer reports only the claims the caller may see (blind: another
 * annotator's claims are neither counted nor listed). A block that would move an approved claim
 * is restored only by someone who may review (403 otherwise, nothing written).
 * @param index The block's `index` as listed by `listRemovedBlocks`.
 */
export async function restoreBlock({
  db,
  actor,
  articleId,
  index,
  version,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  articleId: string;
  index: number;
  version: number;
}): Promise<Omit<ReplaceTextResult, "reanchoredIds">> {
  const { reanchoredIds, orphans, article } = await replaceArticleText({
    db,
    articleId,
    expectedVersion: version,
    compute: ({ text, removed }) => withBlockRestored(text, removed, index),
    // Approved means reviewed: moving an approved claim's anchor is a reviewer's change.
    mayMove: (moved) => assertMayChangeApproved(actor, moved, "Restoring a block that moves the quote"),
    audit: { actorId: actor.id, action: "article.restore_block", detail: { restoredIndex: index } },
  });
  const ids = [...reanchoredIds, ...orphans.map((o) => o.id)];
  const seen = new Set(
    ids.length === 0
      ? []
      : (
          await db.claim.findMany({
            where: { AND: [await claimsVisibleAnywhere(db, actor), { id: { in: ids } }] },
            select: { id: true },
          })
        ).map((c) => c.id),
  );
  return {
    article,
    reanchored: reanchoredIds.filter((id) => seen.has(id)).length,
    orphans: orphans.filter((o) => seen.has(o.id)),
  };
}

/**
 * The text with removed block `index` put back. Kept blocks are the text's paragraphs in order;
 * together with the removed ones (each at its recorded index) they are every block of the
 * cleaned document, so the restored block lands between the same neighbours it had.
 */
export function withBlockRestored(
  text: string,
  removed: readonly RemovedBlockRecord[],
  index: number,
): { text: string; removed: RemovedBlockRecord[] } {
  const target = removed.find((r) => r.index === index);
  if (!target) {
    throw new AppError("validation_failed", `Invalid request: index: no removed block has index ${index}`, [
      { path: "index", message: `no removed block has index ${index} (see GET …/cleaning)` },
    ]);
  }
  const kept = text === "" ? [] : text.split("\n\n");
  const total = kept.length + removed.length;
  const byIndex = new Map(removed.map((r) => [r.index, r]));
  if (byIndex.size !== removed.length || removed.some((r) => r.index >= total)) {
    // Only possible if the text was changed by something that did not update the record.
    throw new AppError(
      "conflict",
      "The article's cleaning record no longer matches its text; this block cannot be placed",
    );
  }
  const blocks: string[] = [];
  let next = 0;
  for (let i = 0; i < total; i++) {
    const block = byIndex.get(i);
    if (!block) blocks.push(kept[next++] ?? "");
    else if (i === index) blocks.push(block.text);
  }
  return { text: blocks.join("\n\n"), removed: removed.filter((r) => r.index !== index) };
}
