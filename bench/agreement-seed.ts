/**
 * Writes the agreement bench's synthetic layers into a migrated database as a project's
 * submitted work: a blind project with the default kinds, one reviewer, the annotators as
 * members, each article annotated (every assignment submitted) with its claims and their
 * evidence, so `GET /api/projects/{id}/agreement` reads exactly the layers the in-memory report
 * was given. Straight inserts (set-up, not measured).
 */
import { randomBytes } from "node:crypto";
import { resolveDatabase } from "@/lib/db/config";
import type { ArticleLayers } from "@/lib/agreement/types";
import { articleText } from "./load/fixture";
import { seedBenchUser } from "./support/accounts";

const BATCH = 1000;

export async function seedAgreementProject(
  url: string,
  layers: ArticleLayers[],
): Promise<{ projectId: string; reviewerToken: string }> {
  const { createDb } = await import("@/lib/db/client");
  const { createProject } = await import("@/lib/projects/create-project");
  process.env.DATABASE_URL = url;
  const db = createDb(resolveDatabase(url));
  const tag = randomBytes(3).toString("hex");
  const batches = async <T>(rows: T[], write: (chunk: T[]) => Promise<unknown>) => {
    for (let from = 0; from < rows.length; from += BATCH) await write(rows.slice(from, from + BATCH));
  };
  try {
    const reviewer = await seedBenchUser(db, {
      email: `agreement-reviewer-${tag}@claimbench.test`,
      name: "Agreement reviewer",
      role: "reviewer",
      token: "agreement bench",
    });
    const names = [...new Set(layers.flatMap((l) => l.annotatorIds))];
    const userOf = new Map<string, string>();
    for (const name of names) {
      const user = await seedBenchUser(db, {
        email: `agreement-${name}-${tag}@claimbench.test`,
        name,
        role: "annotator",
      });
      userOf.set(name, user.id);
    }
    const project = await createProject({
      db,
      actor: { id: reviewer.id, role: "reviewer" },
      input: {
        name: `Agreement bench ${tag}`,
        description: "",
        licence: "",
        annotatorsPerArticle: names.length,
        blind: true,
      },
    });
    await db.projectMember.createMany({
      data: names.map((name) => ({ projectId: project.id, userId: userOf.get(name)!, role: "annotator" })),
    });

    // Texts long enough for every span, letters only; a claim's quote is its slice.
    const textOf = new Map<string, string>();
    const articles = layers.map((layer, i) => {
      const longest = Math.max(0, ...layer.claims.map((c) => c.end));
      let text = articleText(i + 1, 200);
      while (text.length < longest + 50) text += `\n\n${articleText(i + 1 + text.length, 200)}`;
      textOf.set(layer.articleId, text);
      return {
        id: `${tag}-${layer.articleId}`,
        title: layer.title ?? layer.articleId,
        text,
        rawOriginal: text,
        contentHash: `${tag}-${layer.articleId}`,
        wordCount: text.split(/\s+/).length,
      };
    });
    await batches(articles, (data) => db.article.createMany({ data }));
    const when = (l: ArticleLayers) => l.completedAt ?? new Date();
    await batches(layers, (chunk) =>
      db.projectArticle.createMany({
        data: chunk.map((l) => ({
          projectId: project.id,
          articleId: `${tag}-${l.articleId}`,
          targetAnnotators: l.annotatorIds.length,
          blind: true,
          activeAssignments: l.annotatorIds.length,
          submittedAssignments: l.annotatorIds.length,
          state: "annotated",
          startedAt: when(l),
          annotatedAt: when(l),
        })),
      }),
    );
    const assignments = layers.flatMap((l) =>
      l.annotatorIds.map((name) => ({
        id: `${tag}-${l.articleId}-${name}`,
        projectId: project.id,
        articleId: `${tag}-${l.articleId}`,
        annotatorId: userOf.get(name)!,
        state: "submitted",
        startedAt: when(l),
        submittedAt: when(l),
      })),
    );
    await batches(assignments, (data) => db.assignment.createMany({ data }));
    const claims = layers.flatMap((l) =>
      l.claims.map((c) => {
        const text = textOf.get(l.articleId)!;
        return {
          id: `${tag}-${c.id}`,
          projectId: project.id,
          articleId: `${tag}-${l.articleId}`,
          layer: "annotation",
          assignmentId: `${tag}-${l.articleId}-${c.annotatorId}`,
          start: c.start,
          end: c.end,
          exact: text.slice(c.start, c.end),
          prefix: text.slice(Math.max(0, c.start - 32), c.start),
          suffix: text.slice(c.end, c.end + 32),
          kind: c.kind,
          value: c.value,
          qualifier: c.qualifier,
          unit: c.unit,
          verdict: c.verdict,
          status: "submitted",
          submittedAt: when(l),
          authorId: userOf.get(c.annotatorId)!,
        };
      }),
    );
    await batches(claims, (data) => db.claim.createMany({ data }));
    const evidence = layers.flatMap((l) =>
      l.claims.flatMap((c) =>
        c.evidence.map((e) => ({
          claimId: `${tag}-${c.id}`,
          targetClaimId: e.targetClaimId ? `${tag}-${e.targetClaimId}` : null,
          url: e.url,
          stance: e.stance,
          createdById: userOf.get(c.annotatorId)!,
        })),
      ),
    );
    await batches(evidence, (data) => db.evidence.createMany({ data }));
    return { projectId: project.id, reviewerToken: reviewer.token! };
  } finally {
    await db.$disconnect();
  }
}
