import DiffMatchPatch from "diff-match-patch";
import type { Db } from "@/lib/db/client";
import type { Actor } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import { projectAccess } from "./project-access";
import { guidelinesSelect } from "./publish-guidelines";

/** One piece of a comparison: text both versions have, or text only the older (removed) or newer (added) has. */
export interface DiffPiece {
  op: "same" | "removed" | "added";
  text: string;
}

/**
 * The difference between two Markdown texts, line by line (whole lines, so a changed rule reads
 * as the old line and the new line, not a scatter of characters).
 */
function diffLines(from: string, to: string): DiffPiece[] {
  const dmp = new DiffMatchPatch();
  const { chars1, chars2, lineArray } = dmp.diff_linesToChars_(from, to);
  const diffs = dmp.diff_main(chars1, chars2, false);
  dmp.diff_charsToLines_(diffs, lineArray);
  return diffs.map(([op, text]) => ({ op: op === 0 ? "same" : op < 0 ? "removed" : "added", text }));
}

/** Any two versions of a project's guidelines and what changed from the first to the second. */
export async function compareGuidelines({
  db,
  actor,
  projectId,
  from,
  to,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  from: number;
  to: number;
}) {
  await projectAccess({ db, actor, projectId });
  const versions = await db.guidelinesVersion.findMany({
    where: { projectId, number: { in: [from, to] } },
    select: guidelinesSelect,
  });
  const older = versions.find((v) => v.number === from);
  const newer = versions.find((v) => v.number === to);
  if (!older) throw AppError.notFound(`Version ${from} of the guidelines`);
  if (!newer) throw AppError.notFound(`Version ${to} of the guidelines`);
  const pieces = diffLines(older.markdown, newer.markdown);
  return {
    from: older,
    to: newer,
    diff: pieces,
    added: pieces.filter((p) => p.op === "added").reduce((n, p) => n + p.text.split("\n").filter(Boolean).length, 0),
    removed: pieces
      .filter((p) => p.op === "removed")
      .reduce((n, p) => n + p.text.split("\n").filter(Boolean).length, 0),
  };
}
