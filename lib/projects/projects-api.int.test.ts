import { describe, expect, inject, it } from "vitest";
import { testDb, userWithToken } from "@/test/support/http";
import { call, makeProject, marker, spanOf } from "@/test/support/projects";

const provider = inject("testDatabase");

describe(`projects API on ${provider}`, () => {
  it("creates a project with today's kinds and AVeriTeC's verdicts, blind by default when N > 1, and lists it for members only", async () => {
    const project = await makeProject({ articles: 1, annotators: 1, settings: { annotatorsPerArticle: 2 } });
    const read = await call(`/api/projects/${project.id}`, { token: project.manager.token });
    expect(read.status).toBe(200);
    expect(read.data).toMatchObject({
      annotatorsPerArticle: 2,
      blind: true,
      yourRole: "manager",
      articleCount: 1,
      memberCount: 2,
    });
    expect(read.data.kinds.map((k: { key: string; shortcut: number }) => [k.key, k.shortcut])).toEqual([
      ["casualty", 1],
      ["quantity", 2],
      ["event", 3],
      ["quote", 4],
      ["attribution", 5],
      ["other", 6],
    ]);
    expect(read.data.verdictLabels.map((v: { key: string }) => v.key)).toEqual([
      "supported",
      "refuted",
      "conflicting",
      "not_enough_evidence",
    ]);
    const annotator = project.annotators[0]!;
    const mine = await call("/api/projects", { token: annotator.token });
    expect(mine.data.items.map((p: { id: string }) => p.id)).toContain(project.id);
    expect(mine.data.items.find((p: { id: string }) => p.id === project.id).yourRole).toBe("annotator");
    const outsider = await userWithToken("annotator");
    const theirs = await call("/api/projects", { token: outsider.token });
    expect(theirs.data.items.map((p: { id: string }) => p.id)).toEqual(expect.not.arrayContaining([project.id]));
    expect(theirs.data.items.map((p: { id: string }) => p.id)).toContain("default");
    expect((await call(`/api/projects/${project.id}`, { token: outsider.token })).status).toBe(404);
    // Annotators may not create projects; a taken name is a 409.
    expect(
      (await call("/api/projects", { method: "POST", token: annotator.token, json: { name: "Mine" } })).status,
    ).toBe(403);
    const again = await call("/api/projects", {
      method: "POST",
      token: project.manager.token,
      json: { name: read.data.name },
    });
    expect(again.status).toBe(409);
  });

  it("refuses bad settings and schemas with a 4xx naming the field, and changes nothing", async () => {
    const { manager } = await makeProject({ articles: 0, annotators: 0 });
    const bad = async (json: Record<string, unknown>, path: string) => {
      const res = await call("/api/projects", {
        method: "POST",
        token: manager.token,
        json: { name: `P ${marker()}`, ...json },
      });
      expect(res.status, JSON.stringify(res.data)).toBe(422);
      expect(res.data.error.issues.map((i: { path: string }) => i.path)).toContain(path);
    };
    await bad({ annotatorsPerArticle: 6 }, "annotatorsPerArticle");
    await bad({ annotatorsPerArticle: 0 }, "annotatorsPerArticle");
    await bad({ quotaCount: 3, quotaShare: 0.5 }, "quotaShare");
    const kind = (key: string, shortcut: number | null) => ({ key, label: key, colour: "#123456", shortcut });
    await bad({ kinds: [kind("a", 1), kind("b", 1)] }, "kinds.1.shortcut");
    await bad({ kinds: [kind("a", 1), kind("a", 2)] }, "kinds.1.key");
    await bad({ kinds: [kind("a", 10)] }, "kinds.0.shortcut");
    await bad({ kinds: [{ ...kind("a", 1), colour: "red" }] }, "kinds.0.colour");
    await bad({ kinds: [{ ...kind("a", 1), attributes: { range: "optional" } }] }, "kinds.0.attributes.range");
    await bad({ kinds: [{ ...kind("a", 1), attributes: { colour: "optional" } }] }, "kinds.0.attributes");
  });

  it("takes only an escalation measure that exists and a value tolerance from 0 to below 1, naming what is allowed", async () => {
    const { id, manager } = await makeProject({ articles: 0, annotators: 0 });
    const version = async () => (await call(`/api/projects/${id}`, { token: manager.token })).data.version as number;
    const patch = async (json: Record<string, unknown>) =>
      call(`/api/projects/${id}`, {
        method: "PATCH",
        token: manager.token,
        json: { ...json, version: await version() },
      });
    for (const [json, path, message] of [
      [
        { escalationMeasure: "kappa" },
        "escalationMeasure",
        /^must be one of finding_alpha, kind_alpha, value_alpha, verdict_alpha, span_f1_overlap, span_f1_exact$/,
      ],
      [{ escalationMeasure: "" }, "escalationMeasure", /^must be one of finding_alpha/],
      [{ valueTolerance: 1 }, "valueTolerance", /at least 0 and below 1/],
      [{ valueTolerance: -0.01 }, "valueTolerance", /at least 0 and below 1/],
      [{ valueTolerance: "5%" }, "valueTolerance", /must be a number/],
    ] as const) {
      const res = await patch(json);
      expect(res.status, JSON.stringify(res.data)).toBe(422);
      expect(res.data.error.issues).toEqual([{ path, message: expect.stringMatching(message) }]);
    }
    const stored = await testDb().project.findUniqueOrThrow({ where: { id } });
    expect([stored.escalationMeasure, stored.valueTolerance]).toEqual([null, 0]);

    const ok = await patch({
      escalationMeasure: "value_alpha",
      escalationThreshold: 0.5,
      escalationMaxAnnotators: 3,
      valueTolerance: 0.05,
    });
    expect(ok.status, JSON.stringify(ok.data)).toBe(200);
    expect(ok.data).toMatchObject({ escalationMeasure: "value_alpha", valueTolerance: 0.05 });
    expect((await patch({ escalationMeasure: null, valueTolerance: 0 })).data).toMatchObject({
      escalationMeasure: null,
      valueTolerance: 0,
    });
  });

  it("renames a kind keeping its claims, refuses to remove a kind that has claims (409 with the count), and follows the schema in claims", async () => {
    const project = await makeProject({
      articles: 1,
      annotators: 1,
      settings: {
        kinds: [
          {
            key: "casualty",
            label: "Casualty",
            colour: "#c0263b",
            shortcut: 1,
            definition: "People killed.",
            attributes: { value: "required", qualifier: "optional" },
          },
          { key: "displacement", label: "Displacement", colour: "#1a63c4", shortcut: 2 },
        ],
      },
    });
    const annotator = project.annotators[0]!;
    const article = project.articles[0]!;
    const next = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: annotator.token });
    expect(next.status).toBe(201);
    const claim = (kind: string, phrase: string, extra: Record<string, unknown> = {}) =>
      call(`/api/articles/${article.id}/claims`, {
        method: "POST",
        token: annotator.token,
        json: { ...spanOf(article.text, phrase), kind, projectId: project.id, ...extra },
      });
    const unknown = await claim("quantity", "more than 40,000 people");
    expect(unknown.status).toBe(422);
    expect(unknown.data.error.message).toMatch(/not a kind of this project; use one of casualty, displacement/);
    const fled = await claim("displacement", "more than 40,000 people");
    expect(fled.status, JSON.stringify(fled.data)).toBe(201);
    expect(fled.data).toMatchObject({ projectId: project.id, layer: "annotation", assignmentId: next.data.id });
    const dead = await claim("casualty", "over 30,000 people dead");
    expect(dead.status).toBe(201);

    // A required attribute left empty stops the submission, naming the claim.
    const early = await call(`/api/assignments/${next.data.id}/submit`, { method: "POST", token: annotator.token });
    expect(early.status).toBe(422);
    expect(early.data.error.issues).toEqual([
      { path: `claims.${dead.data.id}.value`, message: expect.stringMatching(/needs a value/) },
    ]);

    const schema = (await call(`/api/projects/${project.id}`, { token: project.manager.token })).data;
    const [casualty, displacement] = schema.kinds;
    // Removing a kind that has claims: 409 with the count, nothing changed.
    const removing = await call(`/api/projects/${project.id}/schema`, {
      method: "PUT",
      token: project.manager.token,
      json: { kinds: [casualty], verdictLabels: schema.verdictLabels, version: schema.version },
    });
    expect(removing.status).toBe(409);
    expect(removing.data).toMatchObject({ kind: "displacement", claimCount: 1 });
    // Renaming (same id, new key) and swapping the keyboard keys in one go keeps the claims.
    const renamed = await call(`/api/projects/${project.id}/schema`, {
      method: "PUT",
      token: project.manager.token,
      json: {
        kinds: [
          { ...displacement, key: "displaced", label: "Displaced people", shortcut: 1 },
          { ...casualty, shortcut: 2 },
          { key: "event", label: "Event", colour: "#6d45c9", shortcut: 3 },
        ],
        verdictLabels: schema.verdictLabels,
        version: schema.version,
      },
    });
    expect(renamed.status, JSON.stringify(renamed.data)).toBe(200);
    expect(renamed.data.kinds.map((k: { key: string; shortcut: number }) => [k.key, k.shortcut])).toEqual([
      ["displaced", 1],
      ["casualty", 2],
      ["event", 3],
    ]);
    expect((await call(`/api/claims/${fled.data.id}`, { token: annotator.token })).data.kind).toBe("displaced");
    // A stale version is a 409 with the current project.
    const stale = await call(`/api/projects/${project.id}/schema`, {
      method: "PUT",
      token: project.manager.token,
      json: { kinds: renamed.data.kinds, verdictLabels: schema.verdictLabels, version: schema.version },
    });
    expect(stale.status).toBe(409);
    expect(stale.data.current.version).toBe(renamed.data.version);

    const fixed = await call(`/api/claims/${dead.data.id}`, {
      method: "PATCH",
      token: annotator.token,
      json: { value: 30000, qualifier: "more_than", version: dead.data.version },
    });
    expect(fixed.status).toBe(200);
    const submitted = await call(`/api/assignments/${next.data.id}/submit`, { method: "POST", token: annotator.token });
    expect(submitted.status, JSON.stringify(submitted.data)).toBe(200);
    expect(submitted.data).toMatchObject({ state: "submitted", claimsSubmitted: 2 });
    expect((await call(`/api/claims/${dead.data.id}`, { token: annotator.token })).data.status).toBe("submitted");
    // The layer is final once submitted.
    expect((await claim("event", "Officials said")).status).toBe(409);
  });

  it("versions the guidelines, compares any two, records the versions on claims, and can ask for the newest to be opened first", async () => {
    const project = await makeProject({ articles: 2, annotators: 1, settings: { requireGuidelinesRead: true } });
    const { manager } = project;
    const annotator = project.annotators[0]!;
    const v1 = await call(`/api/projects/${project.id}/guidelines`, {
      method: "POST",
      token: manager.token,
      json: { markdown: "# Guidelines\n\nTag every figure.\n", changeNote: "First version", baseVersion: 0 },
    });
    expect(v1.status).toBe(201);
    expect(v1.data).toMatchObject({ number: 1, changeNote: "First version", author: { id: manager.user.id } });
    // The annotator has not opened version 1 yet.
    const blocked = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: annotator.token });
    expect(blocked.status).toBe(409);
    expect(blocked.data.guidelinesVersion).toBe(1);
    expect(
      (await call(`/api/projects/${project.id}/guidelines/1/seen`, { method: "POST", token: annotator.token })).status,
    ).toBe(200);
    const next = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: annotator.token });
    expect(next.status).toBe(201);
    const article = project.articles.find((a) => a.id === next.data.articleId)!;
    const made = await call(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: annotator.token,
      json: { ...spanOf(article.text, "over 30,000 people dead"), kind: "casualty", projectId: project.id },
    });
    expect(made.status).toBe(201);

    const v2 = await call(`/api/projects/${project.id}/guidelines`, {
      method: "POST",
      token: manager.token,
      json: {
        markdown: "# Guidelines\n\nTag every figure.\nA casualty is a person killed or injured.\n",
        changeNote: "Define casualty",
        baseVersion: 1,
      },
    });
    expect(v2.status).toBe(201);
    const lost = await call(`/api/projects/${project.id}/guidelines`, {
      method: "POST",
      token: manager.token,
      json: { markdown: "Someone else's edit", baseVersion: 1 },
    });
    expect(lost.status).toBe(409);
    const compared = await call(`/api/projects/${project.id}/guidelines/compare?from=1&to=2`, {
      token: annotator.token,
    });
    expect(compared.status).toBe(200);
    expect(compared.data.diff.filter((p: { op: string }) => p.op !== "same")).toEqual([
      { op: "added", text: "A casualty is a person killed or injured.\n" },
    ]);
    expect(compared.data).toMatchObject({ added: 1, removed: 0 });
    expect(
      (await call(`/api/projects/${project.id}/guidelines/compare?from=1&to=9`, { token: annotator.token })).status,
    ).toBe(404);
    const list = await call(`/api/projects/${project.id}/guidelines`, { token: annotator.token });
    expect(list.data.items.map((v: { number: number }) => v.number)).toEqual([2, 1]);
    expect(list.data.seen).toBe(1);

    await call(`/api/assignments/${next.data.id}/submit`, { method: "POST", token: annotator.token });
    const versions = await testDb().claim.findUniqueOrThrow({
      where: { id: made.data.id },
      select: {
        guidelinesVersion: { select: { number: true } },
        submittedGuidelinesVersion: { select: { number: true } },
      },
    });
    expect(versions).toEqual({ guidelinesVersion: { number: 1 }, submittedGuidelinesVersion: { number: 2 } });
  });

  it("applies a change of N or blind to articles not yet started only", async () => {
    const project = await makeProject({ articles: 3, annotators: 1 });
    const annotator = project.annotators[0]!;
    const next = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: annotator.token });
    expect(next.status).toBe(201);
    const before = (await call(`/api/projects/${project.id}`, { token: project.manager.token })).data;
    const changed = await call(`/api/projects/${project.id}`, {
      method: "PATCH",
      token: project.manager.token,
      json: { annotatorsPerArticle: 3, blind: true, version: before.version },
    });
    expect(changed.status, JSON.stringify(changed.data)).toBe(200);
    const articles = await testDb().projectArticle.findMany({
      where: { projectId: project.id },
      select: { articleId: true, targetAnnotators: true, blind: true },
    });
    for (const a of articles) {
      expect([a.targetAnnotators, a.blind]).toEqual(a.articleId === next.data.articleId ? [1, false] : [3, true]);
    }
    const outOfRange = await call(`/api/projects/${project.id}`, {
      method: "PATCH",
      token: project.manager.token,
      json: { annotatorsPerArticle: 9, version: changed.data.version },
    });
    expect(outOfRange.status).toBe(422);
    // The annotator holds two articles; a quota of one is below that.
    expect(
      (await call(`/api/assignments/${next.data.id}/submit`, { method: "POST", token: annotator.token })).status,
    ).toBe(200);
    expect(
      (await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: annotator.token })).status,
    ).toBe(201);
    const belowHeld = await call(`/api/projects/${project.id}`, {
      method: "PATCH",
      token: project.manager.token,
      json: { quotaCount: 1, version: changed.data.version },
    });
    expect(belowHeld.status).toBe(422);
    expect(belowHeld.data.error.issues[0]).toMatchObject({
      path: "quotaCount",
      message: expect.stringMatching(/already holds \(2 articles\)/),
    });
    const atHeld = await call(`/api/projects/${project.id}`, {
      method: "PATCH",
      token: project.manager.token,
      json: { quotaCount: 2, version: changed.data.version },
    });
    expect(atHeld.status).toBe(200);
  });

  it("assigns by hand under the same rules: annotators only, N per article, quota; reassigns and returns", async () => {
    const project = await makeProject({
      articles: 2,
      annotators: 2,
      settings: { assignmentMode: "manual", quotaCount: 1 },
    });
    const [first, second] = project.annotators;
    const reviewer = await userWithToken("annotator");
    await call(`/api/projects/${project.id}/members`, {
      method: "POST",
      token: project.manager.token,
      json: { userId: reviewer.user.id, role: "reviewer" },
    });
    const assign = (articleId: string, annotatorId: string) =>
      call(`/api/projects/${project.id}/assignments`, {
        method: "POST",
        token: project.manager.token,
        json: { articleId, annotatorId },
      });
    const [a, b] = project.articles;
    // Manual mode: the queue hands out nothing of its own.
    const none = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: first!.token });
    expect(none.status).toBe(204);
    expect(none.headers.get("claimbench-queue")).toBe("manual_assignment");
    const notAnnotator = await assign(a!.id, reviewer.user.id);
    expect(notAnnotator.status).toBe(422);
    expect(notAnnotator.data.error.message).toMatch(/not an annotator of this project \(their role is reviewer\)/);
    const made = await assign(a!.id, first!.user.id);
    expect(made.status).toBe(201);
    expect((await assign(a!.id, second!.user.id)).status).toBe(409); // N = 1
    expect((await assign(b!.id, first!.user.id)).status).toBe(409); // quota 1
    expect((await assign("no-such-article", first!.user.id)).status).toBe(422);
    // The queue now resumes the assigned article.
    const resumed = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: first!.token });
    expect(resumed.status).toBe(200);
    expect(resumed.data).toMatchObject({ id: made.data.id, resumed: true });
    // Reassigning moves it in one go; the old assignment is returned.
    const moved = await call(`/api/assignments/${made.data.id}/reassign`, {
      method: "POST",
      token: project.manager.token,
      json: { annotatorId: second!.user.id },
    });
    expect(moved.status, JSON.stringify(moved.data)).toBe(200);
    expect(moved.data).toMatchObject({ articleId: a!.id, annotatorId: second!.user.id, state: "assigned" });
    expect((await call(`/api/assignments/${made.data.id}`, { token: project.manager.token })).data).toMatchObject({
      state: "returned",
      returnReason: "manager",
    });
    // Bulk from CSV: all or nothing.
    const bad = await call(`/api/projects/${project.id}/assignments/bulk`, {
      method: "POST",
      token: project.manager.token,
      json: { csv: `article,email\n${b!.id},${first!.user.email}\nnope,${first!.user.email}\n` },
    });
    expect(bad.status).toBe(422);
    expect(bad.data.error.issues.map((i: { path: string }) => i.path)).toEqual(["csv.3.article"]);
    const good = await call(`/api/projects/${project.id}/assignments/bulk`, {
      method: "POST",
      token: project.manager.token,
      json: { csv: `article,email\n${b!.id},${first!.user.email}\n` },
    });
    expect(good.status, JSON.stringify(good.data)).toBe(200);
    expect(good.data.assigned).toBe(1);
    const matrix = await call(`/api/projects/${project.id}/assignments`, { token: project.manager.token });
    expect(matrix.status).toBe(200);
    expect(
      matrix.data.articles.map((r: { assignments: { state: string }[] }) => r.assignments.map((x) => x.state).sort()),
    ).toEqual([["assigned", "returned"], ["assigned"]]);
    expect((await call(`/api/projects/${project.id}/assignments`, { token: first!.token })).status).toBe(403);
  });

  it("returns an assignment untouched past the timeout to the pool, keeping its claims for managers", async () => {
    const project = await makeProject({ articles: 1, annotators: 2, settings: { abandonAfterMinutes: 60 } });
    const [slow, fast] = project.annotators;
    const article = project.articles[0]!;
    const taken = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: slow!.token });
    expect(taken.status).toBe(201);
    const claim = await call(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: slow!.token,
      json: { ...spanOf(article.text, "over 30,000 people dead"), kind: "casualty", projectId: project.id },
    });
    expect(claim.status).toBe(201);
    expect((await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: fast!.token })).status).toBe(
      204,
    );
    // Two hours without a touch.
    await testDb().assignment.update({
      where: { id: taken.data.id },
      data: { lastActivityAt: new Date(Date.now() - 2 * 3600_000) },
    });
    const next = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: fast!.token });
    expect(next.status).toBe(201);
    expect(next.data.articleId).toBe(article.id);
    const old = await call(`/api/assignments/${taken.data.id}`, { token: project.manager.token });
    expect(old.data).toMatchObject({ state: "returned", returnReason: "timeout", claimCount: 1 });
    expect((await call(`/api/claims/${claim.data.id}`, { token: project.manager.token })).status).toBe(200);
    // The slow annotator's layer there is closed; they do not get the article again.
    const late = await call(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: slow!.token,
      json: { ...spanOf(article.text, "more than 40,000 people"), kind: "casualty", projectId: project.id },
    });
    expect(late.status).toBe(409);
    expect((await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: slow!.token })).status).toBe(
      204,
    );
    const dashboard = await call(`/api/projects/${project.id}/dashboard`, { token: project.manager.token });
    expect(dashboard.status).toBe(200);
    expect(dashboard.data.annotators.find((a: { id: string }) => a.id === slow!.user.id)).toMatchObject({
      returned: 1,
    });
  });
});
