import "server-only";
import { z } from "zod";
import type { Actor } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { projectAccess } from "@/lib/projects/project-access";
import {
  changesInMyWork,
  type ArticleFeedback,
  type GoldClaimRecord,
  type ReasonCode,
  type RejectionRecord,
} from "./feedback";
import { agreementWithGoldOverTime, type GoldAgreementPoint } from "./gold-agreement";
import type { MergeableClaim } from "./merge-unit";

export const MyChangesQuery = z
  .object({
    period: z.enum(["week", "month"], { error: "period must be week or month" }).default("week"),
    limit: z.coerce
      .number({ error: "limit must be a number" })
      .int("limit must be a whole number")
      .min(1, "limit must be at least 1")
      .max(100, "limit must be at most 100")
      .default(20),
    offset: z.coerce
      .number({ error: "offset must be a number" })
      .int("offset must be a whole number")
      .min(0, "offset must be at least 0")
      .default(0),
  })
  .strict();
export type MyChangesQuery = z.output<typeof MyChangesQuery>;

const claimFields = {
  id: true,
  articleId: true,
  start: true,
  end: true,
  exact: true,
  kind: true,
  value: true,
  qualifier: true,
  valueMax: true,
  unit: true,
  timeRef: true,
  attributedTo: true,
  verdict: true,
} as const;

type ClaimRow = { id: string; articleId: string; exact: string } & Omit<MergeableClaim, "annotatorId" | "evidence">;

const asMergeable = (row: ClaimRow, annotatorId: string): MergeableClaim & { exact: string } => ({
  ...row,
  annotatorId,
  evidence: [],
});

type MyClaim = MergeableClaim & { exact: string };
type MyGold = GoldClaimRecord & { exact: string };

export interface MyChangesArticle extends ArticleFeedback<MyClaim, MyGold> {
  articleId: string;
  title: string;
  adjudicatedAt: string;
  adjudicators: Record<string, string>;
}

/**
 * "What changed in my work", for the caller in one project: on each adjudicated article they
 * annotated (newest adjudication first, paginated), each of their claims against the gold claim
 * it went into (kept, changed field by field, replaced by another's version, rejected) with the
 * adjudicator's reason and comment, and the gold claims they did not make; and their agreement
 * with gold over time (every adjudicated article they annotated, by week or month).
 */
export async function listMyChanges({
  db,
  actor,
  projectId,
  query,
}: {
  db: Db;
  actor: Pick<Actor, "id" | "role">;
  projectId: string;
  query: MyChangesQuery;
}): Promise<{ total: number; articles: MyChangesArticle[]; overTime: GoldAgreementPoint[]; overlapThreshold: number }> {
  await projectAccess({ db, actor, projectId });
  const project = await db.project.findUniqueOrThrow({ where: { id: projectId }, select: { overlapThreshold: true } });
  const assignments = await db.assignment.findMany({
    where: { projectId, annotatorId: actor.id, state: "submitted", projectArticle: { state: "adjudicated" } },
    orderBy: [{ projectArticle: { adjudicatedAt: "desc" } }, { articleId: "asc" }],
    select: {
      id: true,
      articleId: true,
      projectArticle: { select: { adjudicatedAt: true, article: { select: { title: true } } } },
    },
  });
  const articleIds = assignments.map((a) => a.articleId);
  const [mine, gold, rejections] = await Promise.all([
    db.claim.findMany({
      where: { projectId, layer: "annotation", assignmentId: { in: assignments.map((a) => a.id) } },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: claimFields,
    }),
    db.claim.findMany({
      where: { projectId, layer: "gold", articleId: { in: articleIds }, goldDecision: { isNot: null } },
      orderBy: [{ start: "asc" }, { id: "asc" }],
      select: {
        ...claimFields,
        goldDecision: {
          select: {
            provenance: true,
            reasonCode: true,
            comment: true,
            adjudicatorId: true,
            claims: { select: { claimId: true, role: true } },
          },
        },
      },
    }),
    db.adjudicationDecision.findMany({
      where: { action: "reject", supersededAt: null, adjudication: { projectId, articleId: { in: articleIds } } },
      select: {
        provenance: true,
        reasonCode: true,
        comment: true,
        adjudicatorId: true,
        adjudication: { select: { articleId: true } },
        claims: { select: { claimId: true } },
      },
    }),
  ]);
  const goldRecords = gold.map(({ goldDecision, ...row }): GoldClaimRecord & { exact: string } => ({
    ...row,
    provenance: goldDecision!.provenance as GoldClaimRecord["provenance"],
    sourceClaimIds: goldDecision!.claims.filter((c) => c.role === "source").map((c) => c.claimId),
    unitClaimIds: goldDecision!.claims.map((c) => c.claimId),
    adjudicatorId: goldDecision!.adjudicatorId,
    reasonCode: goldDecision!.reasonCode as ReasonCode | null,
    comment: goldDecision!.comment,
  }));
  const adjudicatorIds = [
    ...new Set(
      [...goldRecords.map((g) => g.adjudicatorId), ...rejections.map((r) => r.adjudicatorId)].filter(
        (id) => id !== null,
      ),
    ),
  ];
  const names = new Map(
    (await db.user.findMany({ where: { id: { in: adjudicatorIds } }, select: { id: true, name: true } })).map((u) => [
      u.id,
      u.name,
    ]),
  );
  const byArticle = <T extends { articleId: string }>(rows: T[]) => {
    const map = new Map<string, T[]>();
    for (const r of rows) map.set(r.articleId, [...(map.get(r.articleId) ?? []), r]);
    return map;
  };
  const mineBy = byArticle(mine.map((c) => asMergeable(c, actor.id)));
  const goldBy = byArticle(goldRecords);
  const rejectedBy = new Map<string, RejectionRecord[]>();
  for (const r of rejections) {
    const list = rejectedBy.get(r.adjudication.articleId) ?? [];
    list.push({
      provenance: r.provenance as RejectionRecord["provenance"],
      unitClaimIds: r.claims.map((c) => c.claimId),
      adjudicatorId: r.adjudicatorId,
      reasonCode: r.reasonCode as ReasonCode,
      comment: r.comment,
    });
    rejectedBy.set(r.adjudication.articleId, list);
  }
  const page = assignments.slice(query.offset, query.offset + query.limit);
  const articles = page.map((a): MyChangesArticle => {
    const feedback = changesInMyWork(
      mineBy.get(a.articleId) ?? [],
      goldBy.get(a.articleId) ?? [],
      rejectedBy.get(a.articleId) ?? [],
    );
    const ids = new Set<string>();
    for (const c of feedback.claims) {
      const by =
        c.outcome === "rejected" ? c.rejection.adjudicatorId : c.outcome === "pending" ? null : c.gold.adjudicatorId;
      if (by) ids.add(by);
    }
    return {
      articleId: a.articleId,
      title: a.projectArticle.article.title,
      adjudicatedAt: a.projectArticle.adjudicatedAt!.toISOString(),
      adjudicators: Object.fromEntries([...ids].map((id) => [id, names.get(id) ?? id])),
      ...feedback,
    };
  });
  const overTime = agreementWithGoldOverTime(
    actor.id,
    assignments.map((a) => ({
      articleId: a.articleId,
      adjudicatedAt: a.projectArticle.adjudicatedAt!,
      mine: mineBy.get(a.articleId) ?? [],
      gold: (goldBy.get(a.articleId) ?? []).map((g) => ({ ...g, annotatorId: "(gold)", evidence: [] })),
    })),
    { period: query.period, overlapThreshold: project.overlapThreshold },
  );
  return { total: assignments.length, articles, overTime, overlapThreshold: project.overlapThreshold };
}
