/**
 * The adjudication bench's data, in a fresh SQLite database: one long article, in two projects.
 * In the first, three annotators have submitted their layers of `claims` claims each (the second
 * and third mostly the first's spans, some moved, some with another value, some of their own) and
 * its adjudication is open, as `settleAnnotatedArticle` opens it. In the second, the same article
 * with the first annotator's layer alone, its adjudication opened the same way by hand (one layer
 * never enters adjudication in the workflow): the page's own cost at one layer.
 */
import { buildSelectors } from "@/lib/anchors/selectors";
import { createArticle } from "@/lib/articles/create-article";
import { settleAnnotatedArticle } from "@/lib/adjudication/settle-article";
import { claimKinds } from "@/lib/claims/vocabulary";
import { createDb } from "@/lib/db/client";
import { resolveDatabase } from "@/lib/db/config";
import { deployMigrations } from "@/lib/db/migrate";
import { seedUser } from "@/lib/seed/seed-user";
import { freshDatabase, type TestDatabase } from "@/test/support/databases";
import { generateArticle, generateClaims } from "../reader/generate";
import { mulberry32 } from "../random";

export const BENCH_ADJUDICATOR = {
  email: "bench-adjudicator@claimbench.test",
  name: "Bench Adjudicator",
  role: "admin" as const,
  password: "bench-password-0123",
};

export interface AdjudicationBenchData {
  database: TestDatabase;
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
  const database = await freshDatabase("sqlite");
  const config = resolveDatabase(database.url);
  await deployMigrations(config);
  const db = createDb(config);
  try {
    const { user: adjudicator } = await seedUser(db, BENCH_ADJUDICATOR);
    const created = await createArticle({
      db,
      actor: { id: adjudicator.id },
      input: {
        title: `Adjudication bench: ${chars.toLocaleString("en-US")} characters`,
        text: generateArticle(seed, chars),
      },
    });
    const article = await db.article.findUniqueOrThrow({
      where: { id: created.article.id },
      select: { id: true, text: true },
    });
    const annotators: { id: string }[] = [];
    for (const n of [1, 2, 3])
      annotators.push(
        (
          await seedUser(db, {
            email: `bench-annotator-${n}@claimbench.test`,
            name: `Bench Annotator ${n}`,
            role: "annotator",
            password: BENCH_ADJUDICATOR.password,
          })
        ).user,
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
      text: article.text,
      threeLayers: path(three),
      oneLayer: path(one),
      units: { threeLayers: settled.undecided + settled.merged + settled.rejected, oneLayer: claims },
    };
  } finally {
    await db.$disconnect();
  }
}
