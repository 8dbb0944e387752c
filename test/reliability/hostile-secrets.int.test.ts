/**
 * Secrets never leave the server: no API response (every GET handler found on disk, called as an
 * admin on real records, plus the writes that answer with users and tokens) and no page (HTML
 * with its inline RSC payload, and the RSC payload alone) contains a stored password hash, a
 * stored token hash, anything in the scrypt hash format, or a field named after either.
 */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { newArticle, newClaim } from "@/test/support/claims";
import { TOKEN_PREFIX } from "@/lib/tokens/secret";
import { api, baseUrl, signIn, testDb, uniqueEmail, userWithToken } from "@/test/support/http";
import { annotatedArticle } from "@/test/support/adjudication";
import { settleAnnotatedArticle } from "@/lib/adjudication/settle-article";

const apiDir = path.resolve(import.meta.dirname, "../../app/api");
/** `scrypt$N$r$p$salt$hash`, as lib/auth/password.ts writes it. */
const SCRYPT_FORMAT = /scrypt\$\d+\$\d+\$\d+\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+/;
const SECRET_FIELDS = /passwordHash|tokenHash|password_hash|token_hash/i;

interface Ids {
  article: string;
  claim: string;
  cluster: string;
  evidence: string;
  user: string;
  token: string;
  project: string;
  /** An article of `project` whose annotations are settled (in adjudication). */
  projectArticle: string;
  assignment: string;
  number: string;
}

/** Every GET handler exported from app/api/**\/route.ts, as its route folder. */
function getRoutes(): string[] {
  const files = fs
    .readdirSync(apiDir, { recursive: true, encoding: "utf8" })
    .filter((f) => path.basename(f) === "route.ts");
  return files
    .filter((file) =>
      /export\s+(?:const|async\s+function|function)\s+GET\b|\bas\s+GET\b/.test(
        fs.readFileSync(path.join(apiDir, file), "utf8"),
      ),
    )
    .map((file) => path.dirname(file).split(path.sep).join("/"))
    .sort();
}

/** The URLs to read for one GET route, with real ids and the query each needs. */
function urlsFor(route: string, ids: Ids): string[] {
  const special: Record<string, string[]> = {
    "auth/[...nextauth]": ["/api/auth/session", "/api/auth/providers", "/api/auth/csrf"],
    "articles/[id]": [`/api/articles/${ids.article}`, `/api/articles/${ids.article}?raw=true`],
    "articles/[id]/prefill": [`/api/articles/${ids.article}/prefill?start=0&end=5`],
    "projects/[id]/guidelines/compare": [`/api/projects/${ids.project}/guidelines/compare?from=1&to=1`],
    "projects/[id]/articles/[articleId]/adjudication": [
      `/api/projects/${ids.project}/articles/${ids.projectArticle}/adjudication`,
    ],
    export: ["jsonl", "csv", "w3c", "claimreview", "fever", "averitec", "articles"].map(
      (f) => `/api/export?format=${f}&status=draft`,
    ),
    "export/schema": ["jsonl", "fever", "averitec", "articles", "w3c", "claimreview"].map(
      (f) => `/api/export/schema?format=${f}`,
    ),
    "export/manifest": [`/api/export/manifest?format=jsonl&status=draft`],
    audit: [
      "/api/audit",
      `/api/audit?entityId=${ids.user}`,
      `/api/audit?entityId=${ids.token}`,
      "/api/audit?entityType=user",
      "/api/audit?entityType=token",
    ],
  };
  if (special[route]) return special[route];
  const filled = route.replace(/\[(\w+)\]/g, (_m, name: string) => {
    const key = (name === "id" ? route.split("/")[0]?.replace(/s$/, "") : name.replace(/Id$/, "")) as keyof Ids;
    const value = ids[key];
    if (!value) throw new Error(`no id for [${name}] in ${route}`);
    return value;
  });
  return [`/api/${filled}`];
}

async function storedSecrets(): Promise<string[]> {
  const users = await testDb().user.findMany({ omit: { passwordHash: false } });
  const tokens = await testDb().apiToken.findMany({ omit: { tokenHash: false } });
  // Accounts that sign in through an identity provider have no password, so no hash to leak.
  const hashes = users.map((u) => u.passwordHash).filter((hash) => hash !== "");
  const secrets = [...hashes, ...tokens.map((t) => t.tokenHash)];
  expect(hashes.length).toBeGreaterThan(2);
  expect(tokens.length).toBeGreaterThan(0);
  for (const secret of secrets) expect(secret.length).toBeGreaterThan(20);
  return secrets;
}

function leaks(text: string, secrets: string[]): string[] {
  const found: string[] = [];
  for (const secret of secrets) {
    if (text.includes(secret)) found.push(`a stored hash (${secret.slice(0, 12)}…)`);
    // The hash part alone, in case a response re-encodes the surrounding format.
    const tail = secret.split("$").pop() ?? "";
    if (tail.length >= 20 && text.includes(tail)) found.push(`the tail of a stored hash (${tail.slice(0, 12)}…)`);
  }
  if (SCRYPT_FORMAT.test(text)) found.push("an scrypt hash");
  const field = SECRET_FIELDS.exec(text);
  if (field) found.push(`a field named ${field[0]}`);
  return found;
}

let admin: { token: string; cookie: string; userId: string };
let ids: Ids;

beforeAll(async () => {
  const { user, token, password, tokenId } = await userWithToken("admin");
  const session = await signIn(user.email, password);
  if (!session.cookie) throw new Error(`could not sign in: ${session.error}`);
  admin = { token, cookie: session.cookie, userId: user.id };

  const article = await newArticle(
    token,
    "The agency counted over thirty shelters across the district on Monday.",
    "Secrets check",
  );
  const claim = await newClaim(token, article, "over thirty shelters", {
    kind: "quantity",
    value: 30,
    note: "checked",
  });
  const evidence = await api(`/api/claims/${claim.id}/evidence`, {
    method: "POST",
    token,
    json: { url: "https://example.org/shelters", stance: "supports", quote: "thirty shelters" },
  });
  expect(evidence.status, JSON.stringify(evidence.data)).toBe(201);
  const cluster = await api("/api/clusters", { method: "POST", token, json: { name: "Shelter counts" } });
  expect(cluster.status, JSON.stringify(cluster.data)).toBe(201);
  expect(
    (await api(`/api/clusters/${cluster.data.id}/claims`, { method: "POST", token, json: { claimId: claim.id } }))
      .status,
  ).toBe(201);

  // Users and tokens made through the API, so their audit events exist too.
  const created = await api("/api/users", {
    method: "POST",
    cookie: admin.cookie,
    json: { email: uniqueEmail("secret"), name: "Secret Keeper", role: "annotator", password: "a-password-to-hide" },
  });
  expect(created.status, JSON.stringify(created.data)).toBe(201);
  expect(leaks(JSON.stringify(created.data), await storedSecrets())).toEqual([]);
  const patched = await api(`/api/users/${created.data.id}`, { method: "PATCH", token, json: { role: "reviewer" } });
  expect(patched.status, JSON.stringify(patched.data)).toBe(200);
  const tokenRes = await api("/api/tokens", { method: "POST", cookie: admin.cookie, json: { name: "secret check" } });
  expect(tokenRes.status).toBe(201);
  // The new secret is shown once, by design; its hash never is.
  expect(tokenRes.data.secret.startsWith(TOKEN_PREFIX)).toBe(true);
  const secrets = await storedSecrets();
  expect(leaks(JSON.stringify(patched.data), secrets)).toEqual([]);
  expect(leaks(JSON.stringify(tokenRes.data), secrets)).toEqual([]);

  // A blind project whose article is annotated by two people and settled into adjudication,
  // with guidelines, so the project routes read real records too.
  const settled = await annotatedArticle(testDb(), {
    project: { autoMerge: "none" },
    claims: [
      { annotator: 0, phrase: "over 30,000 people dead", kind: "casualty", value: 30000 },
      { annotator: 1, phrase: "over 30,000 people dead", kind: "casualty", value: 3000 },
    ],
  });
  await testDb().$transaction((tx) =>
    settleAnnotatedArticle(tx, { projectId: settled.project.id, articleId: settled.article.id, actorId: null }),
  );
  const guidelines = await api(`/api/projects/${settled.project.id}/guidelines`, {
    method: "POST",
    token,
    json: { markdown: "# Casualties\n\nTag deaths and injuries.", changeNote: "first" },
  });
  expect(guidelines.status, JSON.stringify(guidelines.data)).toBe(201);

  ids = {
    project: settled.project.id,
    projectArticle: settled.article.id,
    assignment: settled.assignments[0].id,
    number: "1",
    article: article.id,
    claim: claim.id as string,
    cluster: cluster.data.id,
    evidence: evidence.data.id,
    user: created.data.id,
    token: tokenId,
  };
});

describe("secrets in responses", () => {
  it("the pattern check itself spots a stored hash", async () => {
    const secrets = await storedSecrets();
    expect(leaks(`{"x":"${secrets[0]}"}`, secrets).length).toBeGreaterThan(0);
    expect(leaks(`{"passwordHash":null}`, secrets)).toEqual(["a field named passwordHash"]);
    expect(leaks(`{"name":"nothing here"}`, secrets)).toEqual([]);
  });

  it.each(getRoutes())("GET /api/%s answers without any hash, by token and by session", async (route) => {
    const secrets = await storedSecrets();
    for (const url of urlsFor(route, ids)) {
      for (const auth of [{ token: admin.token }, { cookie: admin.cookie }]) {
        const res = await fetch(`${baseUrl()}${url}`, {
          headers: auth.token ? { authorization: `Bearer ${auth.token}` } : { cookie: auth.cookie! },
        });
        const text = await res.text();
        expect(res.status, `${url}: ${text.slice(0, 300)}`).toBeLessThan(400);
        expect(leaks(text, secrets), url).toEqual([]);
      }
    }
  });

  it.each([
    "/admin",
    "/admin/audit",
    "/account",
    "/articles",
    "/dashboard",
    "/dataset",
    "/claims",
    "/clusters",
    "/review",
  ])("the page %s, as HTML and as its RSC payload, carries no hash", async (page) => {
    const secrets = await storedSecrets();
    const html = await fetch(`${baseUrl()}${page}`, { headers: { cookie: admin.cookie }, redirect: "manual" });
    const htmlText = await html.text();
    expect(html.status, `${page}: ${htmlText.slice(0, 200)}`).toBe(200);
    expect(leaks(htmlText, secrets), page).toEqual([]);
    // What client-side navigation fetches (Next answers RSC requests via a ?_rsc redirect).
    const rsc = await fetch(`${baseUrl()}${page}`, { headers: { cookie: admin.cookie, rsc: "1" } });
    const rscText = await rsc.text();
    expect(rsc.status).toBe(200);
    expect(rsc.headers.get("content-type")).toMatch(/text\/x-component/);
    expect(rscText.length).toBeGreaterThan(500);
    expect(leaks(rscText, secrets), `${page} (RSC)`).toEqual([]);
  });

  it("the admin page lists the users it would leak (so the check above looks at real data)", async () => {
    const res = await fetch(`${baseUrl()}/admin`, { headers: { cookie: admin.cookie } });
    expect(await res.text()).toContain("Secret Keeper");
  });
});
