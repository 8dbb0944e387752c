import { describe, expect, inject, it } from "vitest";
import { baseUrl, signIn } from "@/test/support/http";
import { call, makeProject, spanOf, type TestProject } from "@/test/support/projects";

const provider = inject("testDatabase");

/** A project whose schema has two kinds of its own (no "quote", a kind of the Default project). */
async function projectWithOwnKinds(): Promise<{ project: TestProject; displacement: string; casualty: string }> {
  const project = await makeProject({
    articles: 1,
    annotators: 1,
    settings: {
      annotatorsPerArticle: 1,
      blind: false,
      kinds: [
        { key: "casualty", label: "Casualty", colour: "#c0263b", shortcut: 1 },
        { key: "displacement", label: "People displaced", colour: "#1a63c4", shortcut: 2 },
      ],
    },
  });
  const annotator = project.annotators[0]!;
  const article = project.articles[0]!;
  const next = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: annotator.token });
  expect(next.status, JSON.stringify(next.data)).toBe(201);
  const tag = async (kind: string, phrase: string) => {
    const res = await call(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: annotator.token,
      json: { ...spanOf(article.text, phrase), kind, projectId: project.id },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    return res.data.id as string;
  };
  const displacement = await tag("displacement", "more than 40,000 people");
  const casualty = await tag("casualty", "over 30,000 people dead");
  return { project, displacement, casualty };
}

describe(`kind filters follow the project's schema on ${provider}`, () => {
  it("the export takes a kind of the project's own and refuses another with a 400 naming the kinds it has", async () => {
    const { project, displacement, casualty } = await projectWithOwnKinds();
    const token = project.manager.token;
    const exported = (query: string) =>
      fetch(`${baseUrl()}/api/export?format=jsonl&status=draft&projectId=${project.id}&${query}`, {
        headers: { authorization: `Bearer ${token}` },
      });

    const own = await exported("kind=displacement");
    expect(own.status).toBe(200);
    const text = await own.text();
    expect(text).toContain(displacement);
    expect(text).not.toContain(casualty);

    // "quote" is one of the six default kinds, but not of this project.
    for (const path of ["/api/export", "/api/export/manifest"]) {
      const res = await call(`${path}?format=jsonl&status=draft&projectId=${project.id}&kind=quote`, { token });
      expect(res.status, path).toBe(400);
      expect(res.data.error.issues).toEqual([
        { path: "kind", message: '"quote" is not a kind of this project; use one of casualty, displacement' },
      ]);
    }
    // And the project's own kind is unknown to the Default project.
    const elsewhere = await call(`/api/export?format=jsonl&kind=displacement`, { token });
    expect(elsewhere.status).toBe(400);
    expect(elsewhere.data.error.issues[0].path).toBe("kind");
    // A blank kind is no filter.
    const blank = await exported("kind=");
    expect(blank.status).toBe(200);
    expect(await blank.text()).toContain(casualty);
  });

  it("the review queue offers the project's kinds and says so when a link names another", async () => {
    const { project } = await projectWithOwnKinds();
    const signedIn = await signIn(project.manager.user.email, project.manager.password);
    expect(signedIn.cookie, signedIn.error).toBeTruthy();
    const cookie = `${signedIn.cookie}; claimbench-project=${project.id}`;
    const page = async (query: string) => {
      const res = await fetch(`${baseUrl()}/review${query}`, { headers: { cookie } });
      expect(res.status).toBe(200);
      return res.text();
    };

    const html = await page("");
    const kindMenu = html.slice(
      html.indexOf('id="queue-kind"'),
      html.indexOf("</select>", html.indexOf('id="queue-kind"')),
    );
    expect(kindMenu).toContain('value="displacement"');
    expect(kindMenu).toContain("People displaced");
    expect(kindMenu).not.toContain('value="quote"');

    const unknown = await page("?kind=quote");
    expect(unknown).toContain("is not a kind of this project; use one of casualty, displacement");
    expect(await page("?kind=displacement")).not.toContain("is not a kind of this project");
  });
});
