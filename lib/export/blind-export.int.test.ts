import { describe, expect, it } from "vitest";
import { baseUrl, userWithToken } from "@/test/support/http";
import { call, makeProject, spanOf } from "@/test/support/projects";

describe("an annotator's own export (blind)", () => {
  it("keeps their claim but leaves out its link to another annotator's claim; a reviewer's export keeps the link", async () => {
    // One annotator per article (no gold layer, so the export holds the annotators' own claims),
    // blind: X and Y each take an article, and neither may see the other's claims.
    const blind = await makeProject({ articles: 2, annotators: 1, settings: { annotatorsPerArticle: 1, blind: true } });
    // X may export (an instance reviewer) but only annotates here; Y is the other annotator.
    const x = await userWithToken("reviewer");
    const joined = await call(`/api/projects/${blind.id}/members`, {
      method: "POST",
      token: blind.manager.token,
      json: { userId: x.user.id, role: "annotator" },
    });
    expect(joined.status, JSON.stringify(joined.data)).toBe(201);
    const y = blind.annotators[0]!;
    const tag = async (token: string, phrase: string) => {
      const taken = await call(`/api/projects/${blind.id}/queue/next`, { method: "POST", token });
      expect(taken.status).toBe(201);
      const article = blind.articles.find((a) => a.id === taken.data.articleId)!;
      const res = await call(`/api/articles/${article.id}/claims`, {
        method: "POST",
        token,
        json: { ...spanOf(article.text, phrase), kind: "casualty", projectId: blind.id },
      });
      expect(res.status, JSON.stringify(res.data)).toBe(201);
      return res.data.id as string;
    };
    const mine = await tag(x.token, "over 30,000 people dead");
    const theirs = await tag(y.token, "more than 40,000 people");
    const linked = await call(`/api/claims/${mine}/evidence`, {
      method: "POST",
      token: blind.manager.token,
      json: { targetClaimId: theirs, stance: "refutes" },
    });
    expect(linked.status, JSON.stringify(linked.data)).toBe(201);
    const source = await call(`/api/claims/${mine}/evidence`, {
      method: "POST",
      token: x.token,
      json: { url: "https://example.org/toll", stance: "supports" },
    });
    expect(source.status, JSON.stringify(source.data)).toBe(201);

    // (FEVER writes only claims with a verdict; these drafts have none.)
    for (const format of ["jsonl", "csv", "w3c"]) {
      const res = await fetch(`${baseUrl()}/api/export?format=${format}&status=draft&projectId=${blind.id}`, {
        headers: { authorization: `Bearer ${x.token}` },
      });
      expect(res.status).toBe(200);
      const text = await res.text();
      expect(text, format).toContain(mine);
      expect(text, format).not.toContain(theirs);
    }
    const records = async (token: string) => {
      const res = await fetch(`${baseUrl()}/api/export?format=jsonl&status=draft&projectId=${blind.id}`, {
        headers: { authorization: `Bearer ${token}` },
      });
      return (await res.text())
        .split("\n")
        .filter(Boolean)
        .map((line) => JSON.parse(line) as { id: string; evidence: { type: string; targetClaimId?: string }[] });
    };
    // X's record keeps the link X may see (the source), without the one to Y's claim.
    const own = await records(x.token);
    expect(own.map((r) => r.id)).toEqual([mine]);
    expect(own[0]!.evidence.map((e) => e.type)).toEqual(["url"]);
    // The rule is the caller's, not the data's: the manager's export carries both links.
    const all = await records(blind.manager.token);
    expect(all.find((r) => r.id === mine)?.evidence).toEqual(
      expect.arrayContaining([expect.objectContaining({ type: "claim", targetClaimId: theirs })]),
    );
    expect(all.map((r) => r.id).sort()).toEqual([mine, theirs].sort());
  });
});
