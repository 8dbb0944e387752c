/**
 * The adjudication bench's data, in a fresh SQLite database: one long article, in two projects.
 * In the first, three annotators have submitted their layers of `claims` claims each (the second
 * and third mostly the first's spans, some moved, some with another value, some of their own) and
 * its adjudication is open, as `settleAnnotatedArticle` opens it. In the second, the same article
 * with the first annotator's layer alone, its adjudication opened the same way by hand (one layer
 * never enters adjudication in the workflow): the page's own cost at one layer.
 */
import { buildSelectors } from "@/lib/anchors/selectors";
import { settleAnnotatedArticle } from "@/lib/adjudication/settle-article";
import { claimKinds } from "@/lib/claims/vocabulary";
import type { TestDatabase } from "@/test/support/databases";
import { generateClaims } from "../reader/generate";
import { mulberry32 } from "../random";
import { seedBenchUser, type BenchAccount } from "../support/accounts";
import { benchArticleDatabase } from "../support/app";

export interface AdjudicationBenchData {
  database: TestDatabase;
  /** The admin who adjudicates: the bench signs in as them. */
  adjudicator: BenchAccount;
  text: string;
  /** Page paths of the two adjudications. */
  threeLayers: string;
  oneLayer: string;
  units: { threeLayers: number; oneLayer: number };
}

interface Span {
  start: number;
  end: number;
  kind: string;
  value: number | null;
}

/** Three layers: the first as generated; the others keep ~85 % of its spans (some moved a word, some with another value) and add their own. */
function layersOf(text: string, claims: number, seed: number): Span[][] {
  const rng = mulberry32(seed);
  const value = () => Math.round(rng() * 100_000);
  const first = generateClaims(text, claims, seed).claims.map((c) => ({ ...c, value: value() }));
  const others = [1, 2].map((k) => {
    const own = generateClaims(text, claims, seed + 10 * k).claims;
    return first.map((c, i): Span => {
      const r = rng();
      if (r < 0.15) return { ...own[i]!, value: value() };
      if (r < 0.25) {
        const shift = text.indexOf(" ", c.end + 1);
        return shift > 0 && shift - c.end < 30 ? { ...c, end: shift } : c;
      }
      if (r < 0.35) return { ...c, value: value() };
      return c;
    });
  });
  return [first, ...others];
}

export async function createAdjudicationBenchData({
  chars,
  claims,
  seed,
}: {
  chars: number;
  claims: number;
  seed: number;
}): Promise<AdjudicationBenchData> {
  const {
    database,
    db,
    user: adjudicator,
    article,
  } = await benchArticleDatabase({
    chars,
    seed,
    title: `Adjudication bench: ${chars.toLocaleString("en-US")} characters`,
    user: { email: "bench-adjudicator@claimbench.test", name: "Bench Adjudicator" },
  });
  try {
    const annotators: BenchAccount[] = [];
    for (const n of [1, 2, 3])
      annotators.push(
        await seedBenchUser(db, {
          email: `bench-annotator-${n}@claimbench.test`,
          name: `Bench Annotator ${n}`,
          role: "annotator",
        }),
      );
    const layers = layersOf(article.text, claims, seed);
    const now = new Date();

    const project = async (name: string, layerCount: number) => {
      const p = await db.project.create({
        data: {
          name,
          annotatorsPerArticle: Math.max(layerCount, 1),
          blind: true,
          kinds: { create: claimKinds.map((key) => ({ key, label: key, colour: "#1d4ed8" })) },
          members: { create: annotators.slice(0, layerCount).map((a) => ({ userId: a.id, role: "annotator" })) },
        },
      });
      await db.projectArticle.create({
        data: {
          projectId: p.id,
          articleId: article.id,
          targetAnnotators: layerCount,
          blind: true,
          activeAssignments: layerCount,
          submittedAssignments: layerCount,
          state: "annotated",
          startedAt: now,
          annotatedAt: now,
        },
      });
      for (let l = 0; l < layerCount; l++) {
        const assignment = await db.assignment.create({
          data: {
            projectId: p.id,
            articleId: article.id,
            annotatorId: annotators[l]!.id,
            state: "submitted",
            startedAt: now,
            submittedAt: now,
          },
        });
        await db.claim.createMany({
          data: layers[l]!.map((c) => ({
            projectId: p.id,
            articleId: article.id,
            layer: "annotation",
            assignmentId: assignment.id,
            ...buildSelectors(article.text, c.start, c.end),
            kind: c.kind,
            value: c.value,
            authorId: annotators[l]!.id,
            status: "submitted",
            submittedAt: now,
          })),
        });
      }
      return p.id;
    };

    const three = await project("Three layers", 3);
    const settled = await db.$transaction(
      (tx) => settleAnnotatedArticle(tx, { projectId: three, articleId: article.id, actorId: null }),
      { timeout: 600_000 },
    );
    if (settled.action !== "opened")
      throw new Error(`the three-layer article did not open: ${JSON.stringify(settled)}`);
    const one = await project("One layer", 1);
    await db.adjudication.create({ data: { projectId: one, articleId: article.id } });

    const path = (projectId: string) => `/projects/${projectId}/adjudication/${article.id}`;
    return {
      database,
      adjudicator,
      text: article.text,
      threeLayers: path(three),
      oneLayer: path(one),
      units: { threeLayers: settled.undecided + settled.merged + settled.rejected, oneLayer: claims },
    };
  } finally {
    await db.$disconnect();
  }
}
