/**
 * Integration-test fixtures for agreement and adjudication: a project of its own with a
 * uniquely named article whose annotators have all submitted, their claims written straight to
 * the database (the point of these tests is what happens after submission).
 */
import { randomBytes } from "node:crypto";
import { buildSelectors } from "@/lib/anchors/selectors";
import type { Db } from "@/lib/db/client";
import { seedArticle } from "@/lib/seed/seed-article";
import { seedUser } from "@/lib/seed/seed-user";

const FIXTURE_TEXT = [
  "Russia has been one of Syria's remaining few allies against tougher U.N. action to end Syria's",
  "20-month civil war that has left over 30,000 people dead. Activists say the violence has killed",
  "more than 40,000 people since March 2011. About 2.5 million people have fled their homes.",
].join(" ");

interface FixtureClaim {
  annotator: number;
  phrase: string;
  /** Which occurrence of the phrase (0 = first). */
  occurrence?: number;
  /** Shift the span's start and end (to make near-misses). */
  shift?: [number, number];
  kind?: string;
  value?: number | null;
  qualifier?: string | null;
  unit?: string | null;
  verdict?: string | null;
  links?: { url?: string; toClaim?: number; stance: string }[];
}

export interface FixtureOptions {
  annotators?: number;
  claims: FixtureClaim[];
  project?: Partial<{
    autoMerge: string;
    majorityThreshold: number;
    anonymousAdjudication: boolean;
    adjudicationIsReview: boolean;
    escalationMeasure: string | null;
    escalationThreshold: number | null;
    escalationMaxAnnotators: number | null;
    overlapThreshold: number;
    valueTolerance: number;
  }>;
  /** "annotated" (default): every assignment submitted. */
  articleState?: string;
  text?: string;
}

const tag = () => randomBytes(5).toString("hex");

export async function annotatedArticle(db: Db, options: FixtureOptions) {
  const id = tag();
  const count = options.annotators ?? 2;
  const annotators = [];
  for (let i = 0; i < count; i++) {
    const { user } = await seedUser(db, {
      email: `adj-annotator-${i}-${id}@claimbench.test`,
      name: `Annotator ${String.fromCharCode(65 + i)} ${id}`,
      role: "annotator",
      password: "test-password-123",
    });
    annotators.push(user);
  }
  const { user: reviewer } = await seedUser(db, {
    email: `adj-reviewer-${id}@claimbench.test`,
    name: `Reviewer ${id}`,
    role: "reviewer",
    password: "test-password-123",
  });
  const text = `${options.text ?? FIXTURE_TEXT} (${id})`;
  const { article: made } = await seedArticle(db, { title: `Adjudication ${id}`, text }, reviewer.id);
  const article = await db.article.findUniqueOrThrow({
    where: { id: made.id },
    select: { id: true, title: true, text: true },
  });
  const project = await db.project.create({
    data: {
      name: `Agreement ${id}`,
      annotatorsPerArticle: count,
      blind: true,
      ...options.project,
      kinds: {
        create: [
          { key: "casualty", label: "Casualty", colour: "#b91c1c", shortcut: 1 },
          { key: "quantity", label: "Quantity", colour: "#1d4ed8", shortcut: 2 },
          { key: "event", label: "Event", colour: "#047857", shortcut: 3 },
        ],
      },
      members: {
        create: [
          ...annotators.map((a) => ({ userId: a.id, role: "annotator" })),
          { userId: reviewer.id, role: "reviewer" },
        ],
      },
    },
  });
  const now = new Date();
  const state = options.articleState ?? "annotated";
  await db.projectArticle.create({
    data: {
      projectId: project.id,
      articleId: article.id,
      targetAnnotators: count,
      blind: true,
      activeAssignments: count,
      submittedAssignments: state === "annotated" ? count : 0,
      state,
      startedAt: now,
      annotatedAt: state === "annotated" ? now : null,
    },
  });
  const assignments = [];
  for (const a of annotators) {
    assignments.push(
      await db.assignment.create({
        data: {
          projectId: project.id,
          articleId: article.id,
          annotatorId: a.id,
          state: state === "annotated" ? "submitted" : "in_progress",
          startedAt: now,
          submittedAt: state === "annotated" ? now : null,
        },
      }),
    );
  }
  const claimIds: string[] = [];
  for (const c of options.claims) {
    let start = -1;
    for (let k = 0; k <= (c.occurrence ?? 0); k++) start = article.text.indexOf(c.phrase, start + 1);
    if (start < 0) throw new Error(`phrase not in the fixture text: ${c.phrase}`);
    const [ds, de] = c.shift ?? [0, 0];
    const selectors = buildSelectors(article.text, start + ds, start + c.phrase.length + de);
    const claim = await db.claim.create({
      data: {
        projectId: project.id,
        articleId: article.id,
        layer: "annotation",
        assignmentId: assignments[c.annotator].id,
        ...selectors,
        kind: c.kind ?? "casualty",
        value: c.value ?? null,
        qualifier: c.qualifier ?? null,
        unit: c.unit ?? null,
        verdict: c.verdict ?? null,
        authorId: annotators[c.annotator].id,
        status: state === "annotated" ? "submitted" : "draft",
        submittedAt: state === "annotated" ? now : null,
      },
    });
    claimIds.push(claim.id);
  }
  for (const [i, c] of options.claims.entries()) {
    for (const link of c.links ?? []) {
      await db.evidence.create({
        data: {
          claimId: claimIds[i],
          targetClaimId: link.toClaim !== undefined ? claimIds[link.toClaim] : null,
          url: link.url ?? null,
          stance: link.stance,
          createdById: annotators[c.annotator].id,
        },
      });
    }
  }
  return { project, article, annotators, reviewer, assignments, claimIds };
}
