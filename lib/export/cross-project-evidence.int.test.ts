import { describe, expect, inject, it } from "vitest";
import { baseUrl, userWithToken } from "@/test/support/http";
import { call, makeProject, spanOf } from "@/test/support/projects";

const provider = inject("testDatabase");

/** The JSON Lines export of `projectId` (drafts) as `token` gets it. */
async function exportRecords(token: string, projectId: string) {
  const res = await fetch(`${baseUrl()}/api/export?format=jsonl&status=draft&projectId=${projectId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(res.status).toBe(200);
  const text = await res.text();
  const records = text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { id: string; evidence: { type: string; targetClaimId?: string }[] });
  return { text, records };
}

describe(`evidence across projects in an export on ${provider}`, () => {
  it("a project's export keeps a link to a claim of that project and leaves out one to another project's claim, for a reviewer too", async () => {
    const here = await makeProject({ articles: 1, annotators: 1, settings: { annotatorsPerArticle: 1, blind: false } });
    const there = await makeProject({
      articles: 1,
      annotators: 1,
      settings: { annotatorsPerArticle: 1, blind: false },
    });
    const tag = async (project: typeof here, phrase: string) => {
      const token = project.annotators[0]!.token;
      // The article is the annotator's from their first "Next article" on (201), resumed after (200).
      const taken = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token });
      expect([200, 201], JSON.stringify(taken.data)).toContain(taken.status);
      const article = project.articles[0]!;
      const res = await call(`/api/articles/${article.id}/claims`, {
        method: "POST",
        token,
        json: { ...spanOf(article.text, phrase), kind: "casualty", projectId: project.id },
      });
      expect(res.status, JSON.stringify(res.data)).toBe(201);
      return res.data.id as string;
    };
    const claim = await tag(here, "over 30,000 people dead");
    const sameProject = await tag(here, "more than 40,000 people");
    const otherProject = await tag(there, "more than 40,000 people");

    // An instance admin sees both projects, so may link across them.
    const admin = await userWithToken("admin");
    for (const target of [sameProject, otherProject]) {
      const linked = await call(`/api/claims/${claim}/evidence`, {
        method: "POST",
        token: admin.token,
        json: { targetClaimId: target, stance: "refutes" },
      });
      expect(linked.status, JSON.stringify(linked.data)).toBe(201);
    }

    // The project's manager reviews there and is no member of the other project: the link into
    // it would name a claim they cannot see; the one inside the project stays.
    const { text, records } = await exportRecords(here.manager.token, here.id);
    expect(text).not.toContain(otherProject);
    const record = records.find((r) => r.id === claim);
    expect(record?.evidence.map((e) => e.targetClaimId)).toEqual([sameProject]);
    // The rule is the exported project's, not the caller's: the admin's export of it is the same.
    const asAdmin = await exportRecords(admin.token, here.id);
    expect(asAdmin.text).not.toContain(otherProject);
    expect(asAdmin.records.find((r) => r.id === claim)?.evidence.map((e) => e.targetClaimId)).toEqual([sameProject]);
  });
});
