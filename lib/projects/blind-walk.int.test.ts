/**
 * The blind rule, walked: in a project with two annotators per article, blind, annotator A tags
 * claims on an article that annotator B holds too. B (and C, an instance reviewer who only
 * annotates in this project) then read every GET route found under app/api and every page found
 * under app/ (HTML with its inline RSC payload, and the RSC payload alone), once before A tags
 * anything and once after. After, no response may carry a trace of A's claims (their ids, their
 * note, the id of the evidence on them, their offsets), and no response may differ from the one
 * before (so no count, chart or total moved because of A's work). A reviewer of the project does
 * see A's claims. The routes and pages come from the file system, so a new one is walked the day
 * it is added.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { baseUrl, signIn, testDb, userWithToken } from "@/test/support/http";
import { paragraph } from "@/test/support/import-texts";
import { call, makeProject, marker, spanOf, type TestProject } from "@/test/support/projects";

const root = path.resolve(import.meta.dirname, "../..");
const apiDir = path.join(root, "app/api");
/** The header switcher's cookie: the project pages follow. */
const PROJECT_COOKIE_NAME = "claimbench-project";

/** Every GET handler exported from app/api/**\/route.ts, as its route folder. */
function getRoutes(): string[] {
  return fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts")
    .filter((file) =>
      /export\s+(?:const|async\s+function|function)\s+GET\b|\bas\s+GET\b/.test(
        fs.readFileSync(path.join(apiDir, file), "utf8"),
      ),
    )
    .map((file) => path.dirname(file).split(path.sep).join("/"))
    .sort();
}

/** Every page under app/, as its URL pattern (route groups dropped): "/claims/[id]". */
function pages(): string[] {
  return fs
    .readdirSync(path.join(root, "app"), { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "page.tsx" && !f.startsWith(`api${path.sep}`))
    .map((f) => {
      const parts = path
        .dirname(f)
        .split(path.sep)
        .filter((p) => p !== "." && !/^\(.*\)$/.test(p));
      return `/${parts.join("/")}`;
    })
    .sort();
}

interface Ids {
  project: string;
  article: string;
  /** A's claim (a placeholder id before A has tagged). */
  claim: string;
  cluster: string;
  /** A's assignment and B's own. */
  assignment: string;
  ownAssignment: string;
  /** A's user id. */
  user: string;
  token: string;
}

/** A route's or page's `[param]` filled with the id the walk reads it with. */
function fill(pattern: string, ids: Ids): string[] {
  const first = pattern.split("/").filter(Boolean)[0] === "api" ? pattern.split("/")[2] : pattern.split("/")[1];
  const byFolder: Record<string, keyof Ids> = {
    articles: "article",
    claims: "claim",
    review: "claim",
    clusters: "cluster",
    evidence: "claim",
    projects: "project",
    assignments: "assignment",
    users: "user",
    tokens: "token",
  };
  const one = (assignment: string) =>
    pattern.replace(/\[(?:\.\.\.)?(\w+)\]/g, (_m, name: string) => {
      if (name === "id") return ids[byFolder[first ?? ""] ?? "claim"];
      if (name === "assignmentId") return assignment;
      if (name === "articleId") return ids.article;
      if (name === "claimId") return ids.claim;
      if (name === "userId") return ids.user;
      if (name === "number") return "1";
      throw new Error(`no id for [${name}] in ${pattern}`);
    });
  const urls = [one(ids.assignment)];
  if (/\[(assignmentId)\]|^\/api\/assignments\/\[id\]/.test(pattern)) {
    urls.push(one(ids.ownAssignment).replace(ids.assignment, ids.ownAssignment));
  }
  return [...new Set(urls)];
}

/** The API URLs to read for one GET route: as is, and naming the project (or the query it needs). */
function apiUrls(route: string, ids: Ids): string[] {
  const p = ids.project;
  const special: Record<string, string[]> = {
    "auth/[...nextauth]": ["/api/auth/session", "/api/auth/providers"],
    "articles/[id]/prefill": [`/api/articles/${ids.article}/prefill?start=0&end=5`],
    export: ["jsonl", "csv", "w3c", "claimreview", "fever"].flatMap((f) => [
      `/api/export?format=${f}&status=draft&projectId=${p}`,
      `/api/export?format=${f}&status=submitted&projectId=${p}`,
    ]),
    "export/manifest": [`/api/export/manifest?format=jsonl&status=draft&projectId=${p}`],
    claims: [`/api/claims?projectId=${p}`, `/api/claims?projectId=${p}&articleId=${ids.article}`, "/api/claims"],
    audit: ["/api/audit", `/api/audit?entityId=${ids.claim}`],
  };
  if (special[route]) return special[route];
  return fill(`/api/${route}`, ids).flatMap((url) => [url, `${url}?projectId=${p}`]);
}

function pageUrls(page: string, ids: Ids): string[] {
  const urls = fill(page, ids);
  if (page === "/articles/[id]") urls.push(`/articles/${ids.article}?project=${ids.project}`);
  if (page === "/claims") urls.push(`/claims?articleId=${ids.article}`, `/claims?status=submitted`);
  return urls;
}

/** What may differ between two reads that is not about anyone's claims. */
function normalise(text: string, ids: Ids): string {
  return (
    text
      .replaceAll(ids.claim, "<claim>")
      .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z?/g, "<time>")
      .replace(/nonce=\\?"[^"\\]*\\?"/g, "nonce")
      .replace(/\\?"nonce\\?":\\?"[^"\\]*\\?"/g, "nonce")
      .replace(/\b\d+ (second|minute)s? ago\b|\bjust now\b/g, "<ago>")
      // Times of day shown to the minute (a token's last use).
      .replace(/\b\d{1,2}:\d\d\b/g, "<hh:mm>")
      // A key React needs per render (the reader's drawn paragraphs).
      .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, "<uuid>")
  );
}

/**
 * The words of a page (HTML and its RSC payload), sorted: what it says whatever the order its
 * streamed parts arrived in, without the payload's row ids and references or the server actions'
 * per-render numbers. A count that moved is a word that changed.
 */
function words(text: string, ids: Ids): string[] {
  return (
    normalise(text, ids)
      .replace(/(^|\n|\\n)[0-9a-f]{1,4}:/g, " ")
      .replace(/\$L?[0-9a-f]+\b/g, " ")
      .replace(/\$?ACTION_(REF_)?\d+(:\d+)?/g, " ")
      .match(/[A-Za-z0-9_]+/g) ?? []
  ).sort();
}

/** The words one list has more of than the other, or null when both hold the same. */
function wordChange(before: string[], after: string[]): string | null {
  const count = new Map<string, number>();
  for (const w of before) count.set(w, (count.get(w) ?? 0) + 1);
  for (const w of after) count.set(w, (count.get(w) ?? 0) - 1);
  const gone = [...count].filter(([, n]) => n > 0).map(([w]) => w);
  const added = [...count].filter(([, n]) => n < 0).map(([w]) => w);
  if (gone.length === 0 && added.length === 0) return null;
  return `lost ${JSON.stringify(gone.slice(0, 12))}, gained ${JSON.stringify(added.slice(0, 12))}`;
}

interface Reader {
  label: string;
  token: string;
  cookie: string;
}

/** Every GET route and page as one reader: url → normalised text. */
async function walk(reader: Reader, ids: Ids): Promise<Map<string, { status: number; text: string }>> {
  const seen = new Map<string, { status: number; text: string }>();
  const read = async (key: string, url: string, headers: Record<string, string>) => {
    const res = await fetch(`${baseUrl()}${url}`, { headers, redirect: "manual" });
    seen.set(key, { status: res.status, text: await res.text() });
  };
  for (const route of getRoutes()) {
    for (const url of apiUrls(route, ids)) {
      await read(`GET ${url} (token)`, url, { authorization: `Bearer ${reader.token}` });
      await read(`GET ${url} (session)`, url, { cookie: reader.cookie });
    }
  }
  for (const page of pages()) {
    for (const url of pageUrls(page, ids)) {
      await read(`page ${url}`, url, { cookie: reader.cookie });
      await read(`page ${url} (RSC)`, url, { cookie: reader.cookie, rsc: "1" });
    }
  }
  return seen;
}

/** The claim id the first walk reads with, before A's claim exists. */
const PLACEHOLDER = "cl-not-yet-tagged";

/** Reads whose answer changes by itself (a fresh CSRF token, uptime). */
const VOLATILE = /^GET \/api\/(health|auth\/csrf)/;

let project: TestProject;
let a: TestProject["annotators"][number];
let readers: Reader[];
let reviewer: Reader;
let ids: Ids;
let before: Map<string, Map<string, { status: number; text: string }>>;
let traces: { what: string; text: string }[];
let ownClaim: { id: string; note: string };

async function session(user: { user: { email: string }; password: string; token: string }, label: string) {
  const signedIn = await signIn(user.user.email, user.password);
  if (!signedIn.cookie) throw new Error(`could not sign in: ${signedIn.error}`);
  return { label, token: user.token, cookie: `${signedIn.cookie}; ${PROJECT_COOKIE_NAME}=${project.id}` };
}

beforeAll(async () => {
  // A share line between two paragraphs, which cleaning removes (restored at the end).
  const body = `${paragraph(3)}\n\nShare this article\n\nOfficials said more than 40,000 people had fled, and over 30,000 people dead were counted.`;
  project = await makeProject({
    articles: 1,
    annotators: 2,
    settings: { annotatorsPerArticle: 2, blind: true },
    body,
  });
  const [first, second] = project.annotators;
  a = first!;
  const b = second!;
  const article = project.articles[0]!;
  // C: an instance reviewer who is only an annotator here (so may open /review and /dataset).
  const c = await userWithToken("reviewer");
  const added = await call(`/api/projects/${project.id}/members`, {
    method: "POST",
    token: project.manager.token,
    json: { userId: c.user.id, role: "annotator" },
  });
  expect(added.status, JSON.stringify(added.data)).toBe(201);

  const takenA = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: a.token });
  const takenB = await call(`/api/projects/${project.id}/queue/next`, { method: "POST", token: b.token });
  expect([takenA.status, takenB.status]).toEqual([201, 201]);
  expect(takenB.data.articleId).toBe(takenA.data.articleId);

  // B's own claim, which B must keep seeing (the walk looks at real data).
  const note = `own-${marker()}`;
  const own = await call(`/api/articles/${article.id}/claims`, {
    method: "POST",
    token: b.token,
    json: { ...spanOf(article.text, "more than 40,000 people"), kind: "quantity", projectId: project.id, note },
  });
  expect(own.status, JSON.stringify(own.data)).toBe(201);
  ownClaim = { id: own.data.id, note };

  // A cluster of the Default project A will put a claim into.
  const cluster = await call("/api/clusters", { method: "POST", token: a.token, json: { name: `Walk ${marker()}` } });
  expect(cluster.status, JSON.stringify(cluster.data)).toBe(201);

  readers = [await session(b, "annotator B"), await session(c, "instance reviewer C, annotator here")];
  reviewer = await session(project.manager, "project manager");
  ids = {
    project: project.id,
    article: article.id,
    claim: PLACEHOLDER,
    cluster: cluster.data.id,
    assignment: takenA.data.id,
    ownAssignment: takenB.data.id,
    user: a.user.id,
    token: "tk-none",
  };
  before = new Map();
  for (const reader of readers) before.set(reader.label, await walk(reader, ids));

  // A tags two claims (one with evidence, in a cluster, submitted), in A's assignment.
  const secret = `secret-${marker()}`;
  const tag = async (phrase: string, extra: Record<string, unknown>) => {
    const res = await call(`/api/articles/${article.id}/claims`, {
      method: "POST",
      token: a.token,
      json: { ...spanOf(article.text, phrase), projectId: project.id, note: secret, ...extra },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(201);
    return res.data as { id: string; start: number; end: number; version: number };
  };
  const dead = await tag("over 30,000 people dead", { kind: "casualty", value: 30000, qualifier: "more_than" });
  const fled = await tag("Officials said", { kind: "attribution" });
  const evidence = await call(`/api/claims/${dead.id}/evidence`, {
    method: "POST",
    token: a.token,
    json: { url: `https://example.org/${secret}`, stance: "supports" },
  });
  expect(evidence.status, JSON.stringify(evidence.data)).toBe(201);
  const clustered = await call(`/api/clusters/${cluster.data.id}/claims`, {
    method: "POST",
    token: a.token,
    json: { claimId: dead.id },
  });
  expect(clustered.status, JSON.stringify(clustered.data)).toBe(201);
  const submitted = await call(`/api/claims/${fled.id}/submit`, {
    method: "POST",
    token: a.token,
    json: { version: fled.version },
  });
  expect(submitted.status, JSON.stringify(submitted.data)).toBe(200);

  // The project manager, who sees both, links B's own claim to A's: the link's far end is A's claim,
  // which B must not learn of by any read of B's own claim (its evidence, its export records).
  const crossLink = await call(`/api/claims/${ownClaim.id}/evidence`, {
    method: "POST",
    token: project.manager.token,
    json: { targetClaimId: dead.id, stance: "supports" },
  });
  expect(crossLink.status, JSON.stringify(crossLink.data)).toBe(201);

  ids = { ...ids, claim: dead.id };
  traces = [
    { what: "A's claim id", text: dead.id },
    { what: "A's other claim id", text: fled.id },
    { what: "A's evidence id", text: evidence.data.id },
    { what: "A's note", text: secret },
    { what: "A's offsets", text: `"start":${dead.start},"end":${dead.end}` },
    { what: "A's other offsets", text: `"start":${fled.start},"end":${fled.end}` },
  ];
}, 600_000);

describe("blind annotation, walked", () => {
  it("finds the routes and pages to walk on disk", () => {
    expect(getRoutes()).toEqual(expect.arrayContaining(["claims", "claims/[id]", "articles/[id]/claims", "export"]));
    expect(pages()).toEqual(expect.arrayContaining(["/claims", "/articles/[id]", "/dashboard", "/review"]));
  });

  it("shows the annotator their own claim (so the walk reads real data)", async () => {
    const b = readers[0]!;
    const list = await call(`/api/claims?projectId=${project.id}`, { token: b.token });
    expect(list.data.items.map((c: { id: string }) => c.id)).toEqual([ownClaim.id]);
    const page = await fetch(`${baseUrl()}/claims`, { headers: { cookie: b.cookie } });
    expect(await page.text()).toContain(ownClaim.id);
  });

  it("no GET route and no page shows another annotator's claims, their counts or anything derived from them", async () => {
    const problems: string[] = [];
    let read = 0;
    let ok = 0;
    for (const reader of readers) {
      const after = await walk(reader, ids);
      const earlier = before.get(reader.label)!;
      for (const [key, res] of after) {
        read++;
        if (res.status === 200) ok++;
        // A URL that names A's claim gets its id echoed back (in a 404's message, the page's
        // path): there the answer must be the one an id that never existed got before.
        // (A trace already there before A tagged is not A's: a spotted figure A then tagged.)
        const was = earlier.get(key.replaceAll(ids.claim, PLACEHOLDER));
        for (const trace of traces) {
          if (key.includes(trace.text) || was?.text.includes(trace.text)) continue;
          if (res.text.includes(trace.text)) problems.push(`${reader.label}: ${key} shows ${trace.what}`);
        }
        if (!was) problems.push(`${reader.label}: ${key} was not read before A tagged`);
        if (!was || VOLATILE.test(key)) continue;
        const now = res.text.replaceAll(ids.claim, PLACEHOLDER);
        if (was.status !== res.status) {
          problems.push(`${reader.label}: ${key} answered ${was.status} before A tagged, ${res.status} after`);
        } else if (key.startsWith("page ")) {
          // A page streams its parts in whichever order they are ready: compare what it says.
          const change = wordChange(words(was.text, ids), words(now, ids));
          if (change) problems.push(`${reader.label}: ${key} changed when A tagged: ${change}`);
        } else if (normalise(was.text, ids) !== normalise(now, ids)) {
          problems.push(
            `${reader.label}: ${key} changed when A tagged: ${firstDifference(normalise(was.text, ids), normalise(now, ids))}`,
          );
        }
      }
    }
    expect(problems).toEqual([]);
    // The walk read real pages and routes, most of them successfully.
    expect(read).toBeGreaterThan(150);
    expect(ok).toBeGreaterThan(60);
  }, 600_000);

  it("lets a reviewer of the project see both annotators' claims", async () => {
    const list = await call(`/api/claims?projectId=${project.id}`, { token: reviewer.token });
    const listed = list.data.items.map((c: { id: string }) => c.id);
    expect(listed).toEqual(expect.arrayContaining([ids.claim, ownClaim.id]));
    expect((await call(`/api/claims/${ids.claim}`, { token: reviewer.token })).status).toBe(200);
    const article = await call(`/api/articles/${ids.article}/claims?projectId=${project.id}`, {
      token: reviewer.token,
    });
    expect(article.data.items).toHaveLength(3);
    const page = await fetch(`${baseUrl()}/claims`, { headers: { cookie: reviewer.cookie } });
    expect(await page.text()).toContain(ids.claim);
    // And A, too, still sees A's own.
    expect((await call(`/api/claims/${ids.claim}`, { token: a.token })).status).toBe(200);
    expect(await testDb().claim.count({ where: { projectId: project.id } })).toBe(3);
  });
});

describe("writes on a claim the caller may not see", () => {
  it("answer 404 (or, for a claim named in the body, the answer for an unknown id), and change nothing", async () => {
    const b = readers[0]!;
    const dead = ids.claim;
    const version = (await testDb().claim.findUniqueOrThrow({ where: { id: dead } })).version;
    const tries: [string, string, unknown][] = [
      ["PATCH", `/api/claims/${dead}`, { note: "mine now", version }],
      ["DELETE", `/api/claims/${dead}?version=${version}`, undefined],
      ["POST", `/api/claims/${dead}/submit`, { version }],
      ["POST", `/api/claims/${dead}/evidence`, { url: "https://example.org/x", stance: "supports" }],
      ["DELETE", `/api/clusters/${ids.cluster}/claims/${dead}`, undefined],
    ];
    for (const [method, url, json] of tries) {
      const res = await call(url, { method, token: b.token, json });
      expect(res.status, `${method} ${url}: ${JSON.stringify(res.data)}`).toBe(404);
    }
    const c = readers[1]!;
    const review = await call(`/api/claims/${dead}/review`, {
      method: "POST",
      token: c.token,
      json: { decision: "approve", version },
    });
    expect(review.status, JSON.stringify(review.data)).toBe(404);
    // Named in a body: the same answer as an id that never existed.
    const link = await call(`/api/claims/${ownClaim.id}/evidence`, {
      method: "POST",
      token: b.token,
      json: { targetClaimId: dead, stance: "supports" },
    });
    const unknown = await call(`/api/claims/${ownClaim.id}/evidence`, {
      method: "POST",
      token: b.token,
      json: { targetClaimId: PLACEHOLDER, stance: "supports" },
    });
    expect([link.status, link.data.error.message.replace(dead, "?")]).toEqual([
      unknown.status,
      unknown.data.error.message.replace(PLACEHOLDER, "?"),
    ]);
    expect(link.status).toBe(422);
    const after = await testDb().claim.findUniqueOrThrow({ where: { id: dead } });
    expect([after.version, after.note, after.clusterId]).toEqual([version, traces[3]!.text, ids.cluster]);
  });

  it("a restored block moves everyone's claims but reports only the caller's", async () => {
    const b = readers[0]!;
    const cleaning = await call(`/api/articles/${ids.article}/cleaning`, { token: b.token });
    expect(cleaning.data.removed).toEqual([expect.objectContaining({ text: "Share this article" })]);
    const res = await call(`/api/articles/${ids.article}/cleaning/restore`, {
      method: "POST",
      token: b.token,
      json: { index: cleaning.data.removed[0].index, version: cleaning.data.version },
    });
    expect(res.status, JSON.stringify(res.data)).toBe(200);
    expect(res.data).toMatchObject({ reanchored: 1, orphans: [] });
    const moved = await testDb().claim.findMany({ where: { projectId: project.id }, select: { version: true } });
    expect(moved.map((m) => m.version).every((v) => v >= 2)).toBe(true);
  });
});

function firstDifference(x: string, y: string): string {
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  return `…${x.slice(Math.max(0, i - 60), i + 60)}… became …${y.slice(Math.max(0, i - 60), i + 60)}…`;
}
