import { describe, expect, inject, it } from "vitest";
import { api, testDb, userWithToken } from "@/test/support/http";
import { call, makeProject, marker } from "@/test/support/projects";
import { DEFAULT_PROJECT_ID } from "./default-project";

const provider = inject("testDatabase");

const body = "Officials said more than 40,000 people had fled the coastal towns during the storm.";

/** The projects an article is included in. */
async function projectsOf(articleId: string): Promise<string[]> {
  const rows = await testDb().projectArticle.findMany({ where: { articleId }, select: { projectId: true } });
  return rows.map((r) => r.projectId).sort();
}

async function articleTitled(title: string) {
  return testDb().article.findFirst({ where: { title }, select: { id: true } });
}

describe(`import straight into a project on ${provider}`, () => {
  it("imports into the shared library and includes the article in the named project, by each import route", async () => {
    const project = await makeProject({ articles: 0, annotators: 0 });
    const token = project.manager.token;
    const m = marker();

    const one = await call(`/api/articles?projectId=${project.id}`, {
      method: "POST",
      token,
      json: { title: `Pasted ${m}`, text: `${body}\n\nPasted ${m}.` },
    });
    expect(one.status, JSON.stringify(one.data)).toBe(201);
    expect(await projectsOf(one.data.id)).toEqual([project.id]);
    // In the shared library: anyone with library access reads it.
    const reader = await userWithToken("annotator");
    expect((await call(`/api/articles/${one.data.id}`, { token: reader.token })).status).toBe(200);

    const form = new FormData();
    form.append("file", new Blob([`Uploaded ${m}\n\n${body}\n\nUploaded ${m}.`]), "story.txt");
    form.append(
      "file",
      new Blob([`${JSON.stringify({ title: `Line ${m}`, text: `${body} Line ${m}.` })}\n`]),
      "a.jsonl",
    );
    const upload = await api(`/api/articles/upload?projectId=${project.id}`, { method: "POST", token, body: form });
    expect(upload.status, JSON.stringify(upload.data)).toBe(200);
    const uploaded = upload.data.results as Array<{ status: string; id: string }>;
    expect(uploaded.map((r) => r.status)).toEqual(["created", "created"]);
    for (const r of uploaded) expect(await projectsOf(r.id)).toEqual([project.id]);

    const bulk = await api(`/api/articles/bulk?projectId=${project.id}`, {
      method: "POST",
      token,
      headers: { "content-type": "application/x-ndjson" },
      body: `${JSON.stringify({ title: `Bulk ${m}`, text: `${body} Bulk ${m}.` })}\n`,
    });
    expect(bulk.status).toBe(200);
    const bulkId = JSON.parse((bulk.data as unknown as string).split("\n")[0]!).id as string;
    expect(await projectsOf(bulkId)).toEqual([project.id]);

    const listed = await call(`/api/projects/${project.id}/articles`, { token });
    expect(listed.data.items.map((a: { articleId: string }) => a.articleId).sort()).toEqual(
      [one.data.id, ...uploaded.map((r) => r.id), bulkId].sort(),
    );
  });

  it("includes an article already in the library in the project when its import is a duplicate", async () => {
    const first = await makeProject({ articles: 0, annotators: 0 });
    const second = await makeProject({ articles: 0, annotators: 0 });
    const m = marker();
    const article = { title: `Twice ${m}`, text: `${body}\n\nTwice ${m}.` };
    const made = await call(`/api/articles?projectId=${first.id}`, {
      method: "POST",
      token: first.manager.token,
      json: article,
    });
    expect(made.status).toBe(201);
    const again = await call(`/api/articles?projectId=${second.id}`, {
      method: "POST",
      token: second.manager.token,
      json: article,
    });
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ id: made.data.id, duplicateOf: made.data.id, reason: "hash" });
    expect(await projectsOf(made.data.id)).toEqual([first.id, second.id].sort());
  });

  it("names the project the articles were added to in every import route's answer, and none without one", async () => {
    const project = await makeProject({ articles: 0, annotators: 0 });
    const token = project.manager.token;
    const named = (await call(`/api/projects/${project.id}`, { token })).data.name as string;
    const into = { id: project.id, name: named };
    const m = marker();
    const article = { title: `Named ${m}`, text: `${body}\n\nNamed ${m}.` };

    const one = await call(`/api/articles?projectId=${project.id}`, { method: "POST", token, json: article });
    expect(one.status, JSON.stringify(one.data)).toBe(201);
    expect(one.data.project).toEqual(into);
    // Found already stored: still added to the project, and the answer says so.
    const again = await call(`/api/articles?projectId=${project.id}`, { method: "POST", token, json: article });
    expect(again.status).toBe(200);
    expect(again.data).toMatchObject({ duplicateOf: one.data.id, project: into });

    const form = new FormData();
    form.append("file", new Blob([`Named upload ${m}\n\n${body}\n\nNamed upload ${m}.`]), "story.txt");
    const upload = await api(`/api/articles/upload?projectId=${project.id}`, { method: "POST", token, body: form });
    expect(upload.status, JSON.stringify(upload.data)).toBe(200);
    expect(upload.data.project).toEqual(into);

    const bulk = await api(`/api/articles/bulk?projectId=${project.id}`, {
      method: "POST",
      token,
      headers: { "content-type": "application/x-ndjson" },
      body: `${JSON.stringify({ title: `Named bulk ${m}`, text: `${body} Named bulk ${m}.` })}\n`,
    });
    expect(bulk.status).toBe(200);
    const lines = (bulk.data as unknown as string)
      .split("\n")
      .filter(Boolean)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.at(-1)).toEqual({ summary: { created: 1, duplicates: 0, errors: 0 }, project: into });
    expect(lines[0]).not.toHaveProperty("project");

    const plain = await call(`/api/articles`, {
      method: "POST",
      token,
      json: { title: `Unnamed ${m}`, text: `${body}\n\nUnnamed ${m}.` },
    });
    expect(plain.status).toBe(201);
    expect(plain.data).not.toHaveProperty("project");
  });

  it("without a project (absent or blank) imports into the Default project as before", async () => {
    const { token } = await userWithToken("annotator");
    for (const query of ["", "?projectId="]) {
      const m = marker();
      const res = await call(`/api/articles${query}`, {
        method: "POST",
        token,
        json: { title: `Plain ${m}`, text: `${body}\n\nPlain ${m}.` },
      });
      expect(res.status, JSON.stringify(res.data)).toBe(201);
      expect(await projectsOf(res.data.id)).toEqual([DEFAULT_PROJECT_ID]);
    }
  });

  it("refuses a project the caller cannot manage (404 unseen or unknown, 403 seen) and writes nothing", async () => {
    const project = await makeProject({ articles: 0, annotators: 1 });
    const member = project.annotators[0]!;
    const outsider = await userWithToken("reviewer");
    const cases = [
      { token: member.token, projectId: project.id, status: 403 },
      { token: outsider.token, projectId: project.id, status: 404 },
      { token: project.manager.token, projectId: `no-such-${marker()}`, status: 404 },
      // The Default project is open to everyone but managed only by admins.
      { token: member.token, projectId: DEFAULT_PROJECT_ID, status: 403 },
    ];
    for (const { token, projectId, status } of cases) {
      const m = marker();
      const title = `Refused ${m}`;
      const text = `${body}\n\nRefused ${m}.`;
      const one = await call(`/api/articles?projectId=${projectId}`, { method: "POST", token, json: { title, text } });
      expect(one.status, JSON.stringify(one.data)).toBe(status);
      expect(one.data.error.message).toMatch(status === 404 ? /not found/i : /project\.manage/);

      const form = new FormData();
      form.append("file", new Blob([`${title}\n\n${text}`]), "story.txt");
      const upload = await api(`/api/articles/upload?projectId=${projectId}`, { method: "POST", token, body: form });
      expect(upload.status).toBe(status);

      const bulk = await api(`/api/articles/bulk?projectId=${projectId}`, {
        method: "POST",
        token,
        headers: { "content-type": "application/x-ndjson" },
        body: `${JSON.stringify({ title, text })}\n`,
      });
      expect(bulk.status).toBe(status);
      expect(await articleTitled(title)).toBeNull();
    }
    const tooLong = await call(`/api/articles?projectId=${"x".repeat(101)}`, {
      method: "POST",
      token: project.manager.token,
      json: { title: `Long ${marker()}`, text: body },
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.data.error.message).toMatch(/projectId/);
  });
});
