/**
 * What "nothing acknowledged was lost and nothing is half-written" means, checked straight in
 * the database: returns a list of problems (empty when all holds), so a failing test names them.
 */
import type { Db } from "@/lib/db/client";
import { expectedAfter, steps, type AckedClaim, type Ledger } from "./workload";

/** Audit actions that bump a claim's version, one event per bump. */
const versionActions = new Set([
  "claim.update",
  "claim.submit",
  "claim.approve",
  "claim.reject",
  "claim.request_changes",
  "claim.reopen",
]);

type ClaimRow = {
  id: string;
  articleId: string;
  start: number;
  end: number;
  exact: string;
  status: string;
  version: number;
  note: string | null;
};

/** The acknowledged state, or the one after the next step (which may have committed unanswered). */
function acceptable(acked: AckedClaim, row: ClaimRow, evidenceIds: string[]): string | null {
  const next = steps[steps.indexOf(acked.step) + 1];
  const states = [acked.step, ...(next ? [next] : [])].map((step) => ({ step, ...expectedAfter[step] }));
  const match = states.find((s) => s.version === row.version && s.status === row.status);
  if (!match)
    return `claim ${acked.id}: acknowledged "${acked.step}" (v${acked.version} ${acked.status}) but the database has v${row.version} ${row.status}`;
  if (row.start !== acked.start || row.end !== acked.end || row.exact !== acked.exact)
    return `claim ${acked.id}: span changed from what was acknowledged`;
  const edited = steps.indexOf(match.step) >= steps.indexOf("update");
  if (row.note !== (edited ? acked.editedNote : null))
    return `claim ${acked.id}: note is ${JSON.stringify(row.note)} after "${match.step}"`;
  if (acked.evidenceId && !evidenceIds.includes(acked.evidenceId))
    return `claim ${acked.id}: acknowledged evidence link ${acked.evidenceId} is missing`;
  return null;
}

/**
 * `articleIds` limits the per-claim checks to the claims on those articles (a database other
 * tests write to at the same time); without it every claim in the database is checked.
 */
export async function findDurabilityProblems({
  db,
  provider,
  ledger,
  articleIds,
}: {
  db: Db;
  provider: "sqlite" | "postgresql";
  ledger: Ledger;
  articleIds?: string[];
}): Promise<string[]> {
  const problems: string[] = [];
  if (provider === "sqlite") {
    const integrity = (await db.$queryRawUnsafe("PRAGMA integrity_check")) as { integrity_check: string }[];
    if (integrity.map((r) => r.integrity_check).join() !== "ok")
      problems.push(`integrity_check: ${JSON.stringify(integrity)}`);
    const broken = (await db.$queryRawUnsafe("PRAGMA foreign_key_check")) as unknown[];
    if (broken.length) problems.push(`foreign_key_check: ${broken.length} rows point nowhere`);
  }
  // Orphans, asked the same way on both databases (PostgreSQL enforces the keys; this proves it).
  const orphanQueries: Record<string, string> = {
    "claims without their article or author": `SELECT COUNT(*) AS n FROM "Claim" c LEFT JOIN "Article" a ON a.id = c."articleId" LEFT JOIN "User" u ON u.id = c."authorId" WHERE a.id IS NULL OR u.id IS NULL`,
    "evidence without its claim": `SELECT COUNT(*) AS n FROM "Evidence" e LEFT JOIN "Claim" c ON c.id = e."claimId" WHERE c.id IS NULL`,
    "review decisions without their claim": `SELECT COUNT(*) AS n FROM "ReviewDecision" d LEFT JOIN "Claim" c ON c.id = d."claimId" WHERE c.id IS NULL`,
  };
  // One snapshot for every read below: on PostgreSQL a commit the killed server sent just
  // before it died may still be landing, and separate reads could see half of it.
  const snapshot = await db.$transaction(
    async (tx) => {
      const orphans: [string, number][] = [];
      for (const [what, sql] of Object.entries(orphanQueries)) {
        const [row] = (await tx.$queryRawUnsafe(sql)) as { n: number | bigint }[];
        orphans.push([what, Number(row?.n ?? 0)]);
      }
      const claims = await tx.claim.findMany({
        where: articleIds && { articleId: { in: articleIds } },
        select: {
          id: true,
          articleId: true,
          start: true,
          end: true,
          exact: true,
          status: true,
          version: true,
          note: true,
        },
      });
      const articles = await tx.article.findMany({ select: { id: true, text: true } });
      const events = await tx.auditEvent.findMany({
        where: { entityType: "claim" },
        select: { entityId: true, action: true, before: true, after: true },
      });
      const evidence = await tx.evidence.findMany({
        where: articleIds && { claim: { articleId: { in: articleIds } } },
        select: { id: true, claimId: true },
      });
      const decisions = await tx.reviewDecision.findMany({ select: { claimId: true, decision: true } });
      return { orphans, claims, articles, events, evidence, decisions };
    },
    { isolationLevel: "Serializable", timeout: 60_000, maxWait: 30_000 },
  );
  for (const [what, n] of snapshot.orphans) if (n !== 0) problems.push(`${n} ${what}`);
  const { claims, articles, events, evidence, decisions } = snapshot;
  const texts = new Map(articles.map((a) => [a.id, a.text]));
  const group = <T extends { [k: string]: unknown }>(rows: T[], key: keyof T) => {
    const map = new Map<string, T[]>();
    for (const row of rows) map.set(row[key] as string, [...(map.get(row[key] as string) ?? []), row]);
    return map;
  };
  const eventsOf = group(events, "entityId");
  const evidenceOf = group(evidence, "claimId");
  const decisionsOf = group(decisions, "claimId");
  const inScope = (articleId: unknown) => !articleIds || articleIds.includes(articleId as string);
  const claimIds = new Set(claims.map((c) => c.id));
  // An event about a claim that is not there: the claim's write was lost and its event kept.
  const deleted = new Set(events.filter((e) => e.action === "claim.delete").map((e) => e.entityId));
  for (const event of events) {
    if (event.action !== "claim.create" || deleted.has(event.entityId) || claimIds.has(event.entityId)) continue;
    if (inScope((JSON.parse(event.after ?? "{}") as { articleId?: string }).articleId))
      problems.push(`claim.create event for ${event.entityId}, which does not exist`);
  }
  const linkEvents = new Set(
    events.filter((e) => e.action === "evidence.link").map((e) => (JSON.parse(e.after ?? "{}") as { id?: string }).id),
  );

  // Every claim in the database, acknowledged or not, is whole.
  for (const claim of claims) {
    if (texts.get(claim.articleId)?.slice(claim.start, claim.end) !== claim.exact)
      problems.push(`claim ${claim.id}: exact is not text.slice(start, end)`);
    const trail = eventsOf.get(claim.id) ?? [];
    if (trail.filter((e) => e.action === "claim.create").length !== 1)
      problems.push(
        `claim ${claim.id}: ${trail.filter((e) => e.action === "claim.create").length} claim.create events`,
      );
    const bumps = trail.filter((e) => versionActions.has(e.action));
    if (1 + bumps.length !== claim.version)
      problems.push(`claim ${claim.id}: version ${claim.version} but ${bumps.length} versioned audit events`);
    // The newest snapshot in the trail (by version, so equal timestamps cannot confuse it) is the row.
    const newest = trail
      .filter((e) => e.after && e.action.startsWith("claim."))
      .map((e) => ({ action: e.action, ...(JSON.parse(e.after!) as { version?: number; status?: string }) }))
      .sort((a, b) => (b.version ?? 0) - (a.version ?? 0))[0];
    if (newest?.version !== claim.version || newest.status !== claim.status) {
      problems.push(
        `claim ${claim.id}: the row is v${claim.version} ${claim.status}, the newest audit snapshot v${newest?.version} ${newest?.status} (${newest?.action})`,
      );
    }
    const decided = trail.filter(
      (e) => e.action === "claim.approve" || e.action === "claim.reject" || e.action === "claim.request_changes",
    ).length;
    if ((decisionsOf.get(claim.id)?.length ?? 0) !== decided)
      problems.push(
        `claim ${claim.id}: ${decisionsOf.get(claim.id)?.length ?? 0} review decisions, ${decided} decision events`,
      );
  }
  for (const link of evidence)
    if (!linkEvents.has(link.id)) problems.push(`evidence ${link.id}: no evidence.link audit event`);
  const evidenceIds = new Set(evidence.map((e) => e.id));
  const unlinked = new Set(
    events
      .filter((e) => e.action === "evidence.unlink")
      .map((e) => (JSON.parse(e.before ?? "{}") as { id?: string }).id),
  );
  for (const event of events) {
    if (event.action !== "evidence.link" || !claimIds.has(event.entityId)) continue;
    const id = (JSON.parse(event.after ?? "{}") as { id?: string }).id;
    if (id && !evidenceIds.has(id) && !unlinked.has(id))
      problems.push(`evidence.link event for ${id}, which does not exist`);
  }

  // Every acknowledged write is there, as answered (or one step further).
  const rows = new Map(claims.map((c) => [c.id, c]));
  for (const acked of ledger.claims.values()) {
    const row = rows.get(acked.id);
    if (!row) {
      problems.push(`claim ${acked.id}: acknowledged (${acked.step}) but missing`);
      continue;
    }
    const problem = acceptable(
      acked,
      row,
      (evidenceOf.get(acked.id) ?? []).map((e) => e.id),
    );
    if (problem) problems.push(problem);
  }
  return problems;
}
