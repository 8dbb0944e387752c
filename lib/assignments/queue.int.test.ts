/**
 * The work queue under concurrency: annotators pressing "Next article" at once (and twice at
 * once, as a double click does), half of them through a second app instance on the same
 * database, never put more than N on an article, never give one annotator an article twice,
 * never exceed a quota, and leave every counter equal to what it counts.
 */
import { describe, expect, inject, it } from "vitest";
import { testDb } from "@/test/support/http";
import { ownServer } from "@/test/support/own-server";
import { call, makeProject, type TestProject } from "@/test/support/projects";

const provider = inject("testDatabase");

/** Checks the database against the rules, and the kept counters against the rows they count. */
async function assertInvariants(projectId: string, { n, quota }: { n: number; quota: number | null }) {
  const db = testDb();
  const [assignments, articles, members] = await Promise.all([
    db.assignment.findMany({ where: { projectId }, select: { articleId: true, annotatorId: true, state: true } }),
    db.projectArticle.findMany({
      where: { projectId },
      select: {
        articleId: true,
        activeAssignments: true,
        submittedAssignments: true,
        targetAnnotators: true,
        state: true,
      },
    }),
    db.projectMember.findMany({ where: { projectId }, select: { userId: true, activeAssignments: true } }),
  ]);
  const active = assignments.filter((a) => a.state !== "returned");
  const pairs = new Set(assignments.map((a) => `${a.articleId}|${a.annotatorId}`));
  expect(pairs.size, "an annotator got the same article twice").toBe(assignments.length);
  for (const article of articles) {
    const held = active.filter((a) => a.articleId === article.articleId);
    expect(held.length, `article ${article.articleId} has more than ${n}`).toBeLessThanOrEqual(n);
    expect(article.activeAssignments).toBe(held.length);
    expect(article.submittedAssignments).toBe(held.filter((a) => a.state === "submitted").length);
    expect(article.state).toBe(
      article.submittedAssignments >= article.targetAnnotators
        ? "annotated"
        : article.activeAssignments >= article.targetAnnotators
          ? "full"
          : "open",
    );
  }
  for (const member of members) {
    const held = active.filter((a) => a.annotatorId === member.userId).length;
    if (quota !== null) expect(held, `annotator ${member.userId} is over the quota`).toBeLessThanOrEqual(quota);
    expect(member.activeAssignments).toBe(held);
  }
  return { active };
}

/** One annotator working through the queue: next (twice at once, like a double click), submit, until 204. */
async function work(project: TestProject, token: string, server: string | undefined) {
  const taken: string[] = [];
  for (;;) {
    const [first, second] = await Promise.all([
      call(`/api/projects/${project.id}/queue/next`, { method: "POST", token, server }),
      call(`/api/projects/${project.id}/queue/next`, { method: "POST", token, server }),
    ]);
    for (const r of [first, second]) expect([200, 201, 204], JSON.stringify(r.data)).toContain(r.status);
    const got = [first, second].filter((r) => r.status !== 204);
    if (got.length === 0) {
      expect(["pool_empty", "quota_reached"]).toContain(first.headers.get("claimbench-queue"));
      return taken;
    }
    // Both presses answer the same assignment: at most one of them took a new slot.
    expect(new Set(got.map((r) => r.data.id)).size).toBe(1);
    expect(got.filter((r) => r.status === 201).length).toBeLessThanOrEqual(1);
    const assignment = got[0]!.data;
    taken.push(assignment.articleId);
    const submitted = await call(`/api/assignments/${assignment.id}/submit`, { method: "POST", token, server });
    expect(submitted.status, JSON.stringify(submitted.data)).toBe(200);
  }
}

describe(`the work queue on ${provider}, two app instances`, () => {
  const second = ownServer({});

  it("never puts more than N on an article, nor an article twice to one annotator, and fills every slot", async () => {
    const project = await makeProject({
      articles: 12,
      annotators: 10,
      settings: { annotatorsPerArticle: 2, quotaCount: 3 },
    });
    const results = await Promise.all(
      project.annotators.map((a, i) => work(project, a.token, i % 2 ? second.url : undefined)),
    );
    for (const taken of results) {
      expect(new Set(taken).size).toBe(taken.length);
      expect(taken.length).toBeLessThanOrEqual(3);
    }
    const { active } = await assertInvariants(project.id, { n: 2, quota: 3 });
    // 12 articles × 2 slots = 24 < 10 annotators × 3: every slot is taken and submitted.
    expect(active.length).toBe(24);
    expect(active.every((a) => a.state === "submitted")).toBe(true);
  });

  it("never exceeds a quota when the quota is what runs out", async () => {
    const project = await makeProject({
      articles: 10,
      annotators: 6,
      settings: { annotatorsPerArticle: 3, quotaCount: 2 },
    });
    const results = await Promise.all(
      project.annotators.map((a, i) => work(project, a.token, i % 2 ? second.url : undefined)),
    );
    expect(results.map((t) => t.length)).toEqual([2, 2, 2, 2, 2, 2]);
    const { active } = await assertInvariants(project.id, { n: 3, quota: 2 });
    expect(active.length).toBe(12);
    const last = await call(`/api/projects/${project.id}/queue/next`, {
      method: "POST",
      token: project.annotators[0]!.token,
    });
    expect(last.status).toBe(204);
    expect(last.headers.get("claimbench-queue")).toBe("quota_reached");
  });

  it("hands each annotator a random order of their own, fixed by their seed", async () => {
    const project = await makeProject({ articles: 8, annotators: 2, settings: { queueOrder: "random" } });
    const taken = await work(project, project.annotators[0]!.token, undefined);
    expect(taken.length).toBe(8);
    await assertInvariants(project.id, { n: 1, quota: null });
    const db = testDb();
    const [member, keys] = await Promise.all([
      db.projectMember.findUniqueOrThrow({
        where: { projectId_userId: { projectId: project.id, userId: project.annotators[0]!.user.id } },
        select: { shuffleSeed: true },
      }),
      db.projectArticle.findMany({ where: { projectId: project.id }, select: { articleId: true, shuffleKey: true } }),
    ]);
    const rank = (k: { shuffleKey: number }) => k.shuffleKey ^ member.shuffleSeed;
    const expected = [...keys].sort((a, b) => rank(a) - rank(b) || (a.articleId < b.articleId ? -1 : 1));
    expect(taken).toEqual(expected.map((k) => k.articleId));
  });
});
