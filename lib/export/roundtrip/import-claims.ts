import fs from "node:fs";
import readline from "node:readline";
import type { Db } from "@/lib/db/client";
import { recordAudit } from "@/lib/audit/record-audit";
import { ImportRecord } from "./import-record";

export interface ImportClaimsResult {
  created: number;
  /** Records whose claim is already there (same article, span, quote and kind): re-running is safe. */
  alreadyPresent: number;
  evidenceCreated: number;
  /** Claim-to-claim links whose target is neither in the file nor in this instance. */
  evidenceSkipped: number;
  /** Lines not imported, with why (bad JSON, unknown article, quote no longer matches, …). */
  refused: Array<{ line: number; id?: string; reason: string }>;
}

async function* lines(file: string): AsyncGenerator<{ line: number; text: string }> {
  const reader = readline.createInterface({ input: fs.createReadStream(file, "utf8"), crlfDelay: Infinity });
  let line = 0;
  for await (const text of reader) {
    line += 1;
    if (text.trim()) yield { line, text };
  }
}

function parseLine(text: string): { record: ImportRecord } | { reason: string } {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { reason: "not valid JSON" };
  }
  const parsed = ImportRecord.safeParse(json);
  if (!parsed.success)
    return { reason: parsed.error.issues.map((i) => `${i.path.join(".") || "(record)"}: ${i.message}`).join("; ") };
  return { record: parsed.data };
}

/**
 * Recreates exported claims (JSONL format) in an instance holding the same articles. A claim is
 * refused unless its quote still sits at its offsets in the article text: moving it silently
 * would publish a span nobody reviewed. Authors and reviewers keep their ids when those users
 * exist here, else the claim is credited to `importer`. Two passes over the file: claims first,
 * then evidence, so links between claims of the same file resolve whatever the line order.
 */
export async function importClaims({
  db,
  file,
  importer,
}: {
  db: Db;
  file: string;
  importer: { id: string };
}): Promise<ImportClaimsResult> {
  const result: ImportClaimsResult = {
    created: 0,
    alreadyPresent: 0,
    evidenceCreated: 0,
    evidenceSkipped: 0,
    refused: [],
  };
  const newIds = new Map<string, string>();
  const articleText = new Map<string, string | null>();
  const userExists = new Map<string, boolean>();
  const knownUser = async (id: string) => {
    if (!userExists.has(id)) userExists.set(id, (await db.user.count({ where: { id } })) > 0);
    return userExists.get(id) === true;
  };

  for await (const { line, text } of lines(file)) {
    const parsed = parseLine(text);
    if ("reason" in parsed) {
      result.refused.push({ line, reason: parsed.reason });
      continue;
    }
    const r = parsed.record;
    if (!articleText.has(r.article.id))
      articleText.set(
        r.article.id,
        (await db.article.findUnique({ where: { id: r.article.id }, select: { text: true } }))?.text ?? null,
      );
    const body = articleText.get(r.article.id);
    if (body == null) {
      result.refused.push({ line, id: r.id, reason: `article ${r.article.id} does not exist here` });
      continue;
    }
    if (body.slice(r.span.start, r.span.end) !== r.span.exact) {
      result.refused.push({
        line,
        id: r.id,
        reason: `quote "${r.span.exact}" no longer matches the article text at ${r.span.start}–${r.span.end}`,
      });
      continue;
    }
    const existing = await db.claim.findFirst({
      where: { articleId: r.article.id, start: r.span.start, end: r.span.end, exact: r.span.exact, kind: r.kind },
      select: { id: true },
    });
    if (existing) {
      newIds.set(r.id, existing.id);
      result.alreadyPresent += 1;
      continue;
    }
    const authorId = (await knownUser(r.annotator.id)) ? r.annotator.id : importer.id;
    const reviewerId = r.reviewer && (await knownUser(r.reviewer.id)) ? r.reviewer.id : null;
    const created = await db.$transaction(async (tx) => {
      const clusterId = r.cluster
        ? ((
            await tx.cluster.findFirst({
              where: { OR: [{ id: r.cluster.id }, { name: r.cluster.name }] },
              select: { id: true },
            })
          )?.id ?? (await tx.cluster.create({ data: { name: r.cluster.name, createdById: importer.id } })).id)
        : null;
      const claim = await tx.claim.create({
        data: {
          articleId: r.article.id,
          start: r.span.start,
          end: r.span.end,
          exact: r.span.exact,
          prefix: r.span.prefix,
          suffix: r.span.suffix,
          kind: r.kind,
          value: r.value,
          qualifier: r.qualifier,
          valueMax: r.valueMax,
          unit: r.unit,
          timeRef: r.timeRef,
          attributedTo: r.attributedTo,
          authorType: r.authorType,
          statement: r.statement,
          status: r.status,
          verdict: r.verdict,
          justification: r.justification,
          clusterId,
          authorId,
          reviewerId,
          approvedAt: r.approvedAt ? new Date(r.approvedAt) : null,
        },
      });
      await recordAudit(tx, {
        actorId: importer.id,
        action: "claim.create",
        entityType: "claim",
        entityId: claim.id,
        after: claim,
      });
      return claim;
    });
    newIds.set(r.id, created.id);
    result.created += 1;
  }

  for await (const { text } of lines(file)) {
    const parsed = parseLine(text);
    if ("reason" in parsed) continue;
    const claimId = newIds.get(parsed.record.id);
    if (!claimId) continue;
    for (const e of parsed.record.evidence) {
      const targetClaimId =
        e.type === "claim"
          ? (newIds.get(e.targetClaimId) ??
            ((await db.claim.count({ where: { id: e.targetClaimId } })) ? e.targetClaimId : null))
          : null;
      if (e.type === "claim" && !targetClaimId) {
        result.evidenceSkipped += 1;
        continue;
      }
      const duplicate = await db.evidence.count({
        where: e.type === "claim" ? { claimId, targetClaimId } : { claimId, url: e.url },
      });
      if (duplicate) continue;
      await db.$transaction(async (tx) => {
        const data =
          e.type === "claim"
            ? { claimId, targetClaimId, stance: e.stance, createdById: importer.id }
            : {
                claimId,
                url: e.url,
                title: e.title,
                publisher: e.publisher,
                quote: e.quote,
                accessedAt: e.accessedAt ? new Date(e.accessedAt) : null,
                stance: e.stance,
                createdById: importer.id,
              };
        const link = await tx.evidence.create({ data });
        await recordAudit(tx, {
          actorId: importer.id,
          action: "evidence.link",
          entityType: "claim",
          entityId: claimId,
          after: link,
        });
      });
      result.evidenceCreated += 1;
    }
  }
  return result;
}
