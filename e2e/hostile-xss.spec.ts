/**
 * Hostile input in the browser: script-injection payloads (e2e/hostile-payloads.ts) go in
 * wherever content enters — article text, title, publisher, author, URL, raw HTML and Markdown
 * uploads and their file names, claim attributes, verdict justifications, evidence links, cluster
 * names, review comments and reopen reasons, a user's display name, token names — and every page
 * that shows them is visited as the people who see them. Nothing may run: no dialog opens,
 * `window.__xss` is never assigned (a trap set before any page script reports every assignment),
 * no script link or frame is rendered, no element carries an inline event handler, and the
 * payloads are on screen as plain text (so the pages did show them).
 */
import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages";
import { hostileHtml, hostileMarkdown, payload, payloadsUpTo, PAYLOADS, SCRIPT_URLS } from "./hostile-payloads";

test.describe.configure({ mode: "serial" });

const PASSWORD = "hostile-password-123";
const letters = (n: number) =>
  Array.from({ length: n }, () => "abcdefghijklmnopqrstuvwxyz"[Math.floor(Math.random() * 26)]).join("");
const marker = letters(10);

declare global {
  interface Window {
    __xss?: unknown;
    __xssHits?: string[];
  }
}

interface Watched {
  context: BrowserContext;
  page: Page;
  /** Dialogs opened and trap hits, from every page and frame of the context. */
  incidents: string[];
}

/** Installs the trap and the listeners on a context; everything that fires is an incident. */
async function watch(context: BrowserContext): Promise<Watched> {
  const incidents: string[] = [];
  await context.addInitScript(() => {
    const hits: string[] = [];
    Object.defineProperty(window, "__xssHits", { value: hits });
    Object.defineProperty(window, "__xss", {
      configurable: false,
      get: () => undefined,
      set: (value: unknown) => {
        hits.push(String(value));
        console.error(`XSS-EXECUTED ${String(value)}`);
      },
    });
  });
  context.on("dialog", (dialog) => {
    incidents.push(`${dialog.type()} dialog: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  context.on("console", (msg) => {
    if (msg.text().includes("XSS-EXECUTED")) incidents.push(msg.text());
  });
  return { context, page: await context.newPage(), incidents };
}

/** A context signed in through the API (next-auth's CSRF token, then the credentials callback). */
async function signedIn(browser: Browser, email: string, password: string): Promise<Watched> {
  const context = await browser.newContext();
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  const me = await context.request.get("/api/me");
  expect(me.status(), `${email} is signed in`).toBe(200);
  return watch(context);
}

/** What is wrong with the page as it stands (everything empty when it is inert). */
async function inspect(w: Watched) {
  await w.page.waitForLoadState("networkidle");
  const found = await w.page.evaluate(() => {
    const scriptish = (value: string | null) =>
      !!value && /^\s*(javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u001f]/g, ""));
    const links = [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>("a[href], area[href]")]
      .filter((a) => a.protocol === "javascript:" || a.protocol === "vbscript:" || a.protocol === "data:")
      .map((a) => `link ${a.getAttribute("href")}`);
    const sources = [
      ...document.querySelectorAll(
        "iframe, frame, object, embed, form, button, input, img, video, audio, source, base",
      ),
    ]
      .flatMap((el) =>
        ["src", "srcdoc", "data", "action", "formaction", "href"].map(
          (attr) => [el, attr, el.getAttribute(attr)] as const,
        ),
      )
      .filter(([, attr, value]) => (attr === "srcdoc" ? value !== null : scriptish(value)))
      .map(([el, attr, value]) => `${el.tagName.toLowerCase()}[${attr}=${value}]`);
    const handlers = [...document.querySelectorAll("*")].flatMap((el) =>
      [...el.attributes]
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${el.tagName.toLowerCase()}[${a.name}=${a.value.slice(0, 60)}]`),
    );
    // Next streams its RSC payload in inline scripts that push to self.__next_f; the payloads may
    // appear inside those as JSON strings. Any other script mentioning them was injected.
    const scripts = [...document.scripts]
      .filter((s) => !s.src && /__xss|alert\(/.test(s.text) && !/^\s*\(?self\.__next_f/.test(s.text))
      .map((s) => `script ${s.text.slice(0, 80)}`);
    const frames = [...document.querySelectorAll("iframe, frame, object, embed")].map(
      (el) => `element ${el.tagName.toLowerCase()}`,
    );
    const refresh = [...document.querySelectorAll('meta[http-equiv="refresh" i]')].map(
      (m) => `meta refresh ${m.getAttribute("content")}`,
    );
    return {
      hits: window.__xssHits ?? ["trap missing"],
      xss: window.__xss,
      problems: [...links, ...sources, ...handlers, ...scripts, ...frames, ...refresh],
    };
  });
  return { ...found, incidents: [...w.incidents] };
}

/**
 * Checks the page: no incident so far, no script URL in a link, frame or form, no inline handler
 * attribute, no script element that is not Next's own, and (when given) the hostile text visible.
 */
async function expectInert(w: Watched, label: string, shows?: string | RegExp) {
  if (shows) await expect(w.page.locator("body"), `${label} shows the hostile text`).toContainText(shows);
  const found = await inspect(w);
  expect(found.hits, `${label}: payloads that ran`).toEqual([]);
  expect(found.xss, label).toBeUndefined();
  expect(found.problems, `${label}: active content in the DOM`).toEqual([]);
  expect(found.incidents, `${label}: dialogs and trap hits`).toEqual([]);
}

async function visit(w: Watched, path: string, shows?: string | RegExp) {
  const res = await w.page.goto(path);
  expect(res?.status(), `${path} answers`).toBe(200);
  await expectInert(w, path, shows);
}

async function postJson(w: Watched, path: string, data: unknown, status: number) {
  const res = await w.context.request.post(path, { data });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(status);
  return res.status() < 300 ? ((await res.json()) as Record<string, any>) : {};
}

async function versionOf(w: Watched, claimId: string): Promise<number> {
  return ((await (await w.context.request.get(`/api/claims/${claimId}`)).json()) as { version: number }).version;
}

interface World {
  admin: Watched;
  reviewer: Watched;
  hostile: Watched;
  hostileName: string;
  a1: string;
  a2: string;
  claims: string[];
  cluster: string;
}

let world: World;

test.beforeAll(async ({ browser }, testInfo) => {
  testInfo.setTimeout(240_000);
  const admin = await signedIn(browser, "admin@claimbench.test", DEMO_PASSWORD);
  const reviewer = await signedIn(browser, "reviewer@claimbench.test", DEMO_PASSWORD);

  // A user whose display name is itself a payload, made by the admin.
  const hostileName = `${payloadsUpTo(170, 1)} Eve ${marker}`;
  const email = `hostile-${marker}@claimbench.test`;
  await postJson(admin, "/api/users", { email, name: hostileName, role: "annotator", password: PASSWORD }, 201);
  const hostile = await signedIn(browser, email, PASSWORD);

  // Articles: script URLs are refused at the door; everything else is stored as given.
  for (const url of SCRIPT_URLS) {
    await postJson(
      hostile,
      "/api/articles?force=true",
      { title: `Refused ${marker}`, text: `A refused article ${marker}.`, url },
      422,
    );
  }
  const text = [
    `The port authority of ${marker} reported heavy traffic this week, officials said.`,
    ...PAYLOADS,
    `End of the hostile report ${marker}.`,
  ].join("\n");
  const a1 = (
    await postJson(
      hostile,
      "/api/articles?force=true",
      {
        title: `Hostile ${marker} ${payloadsUpTo(400)}`,
        text,
        publisher: payloadsUpTo(200, 2),
        author: payloadsUpTo(200, 5),
        url: `https://example.org/${marker}?q=%22%3E%3Cscript%3Ewindow.__xss=401%3C/script%3E&x='onmouseover='window.__xss=402'`,
      },
      201,
    )
  ).id as string;
  const a2 = (
    await postJson(hostile, "/api/articles?force=true", { html: hostileHtml(marker), publisher: payload(20) }, 201)
  ).id as string;

  // Claims on payloads that survived import as text, with payloads in every text attribute.
  const stored = ((await (await hostile.context.request.get(`/api/articles/${a1}`)).json()) as { text: string }).text;
  const spans = PAYLOADS.filter((p) => stored.includes(p)).slice(0, 5);
  expect(spans.length, "payloads kept in the canonical text").toBe(5);
  const claims: string[] = [];
  for (const [i, exact] of spans.entries()) {
    const start = stored.indexOf(exact);
    const claim = await postJson(
      hostile,
      `/api/articles/${a1}/claims`,
      {
        start,
        end: start + exact.length,
        exact,
        kind: "quote",
        unit: payloadsUpTo(100, i),
        timeRef: payloadsUpTo(200, i + 3),
        attributedTo: payloadsUpTo(300, i + 6),
        note: payloadsUpTo(5000, i + 9),
      },
      201,
    );
    claims.push(claim.id as string);
  }
  const [c1, c2, c3, c4, c5] = claims as [string, string, string, string, string];

  // Evidence: script URLs refused, payloads everywhere else; a claim-to-claim link with a note.
  for (const url of SCRIPT_URLS)
    await postJson(hostile, `/api/claims/${c1}/evidence`, { url, stance: "supports" }, 422);
  await postJson(
    hostile,
    `/api/claims/${c1}/evidence`,
    {
      url: `https://example.org/${marker}/%22%3E%3Csvg%20onload=window.__xss=403%3E`,
      title: payloadsUpTo(500, 2),
      publisher: payloadsUpTo(300, 4),
      quote: payloadsUpTo(5000, 6),
      note: payloadsUpTo(5000, 8),
      stance: "refutes",
    },
    201,
  );
  await postJson(
    hostile,
    `/api/claims/${c1}/evidence`,
    { targetClaimId: c2, stance: "mixed", note: payloadsUpTo(5000, 10) },
    201,
  );
  const patched = await hostile.context.request.patch(`/api/claims/${c1}`, {
    data: { version: await versionOf(hostile, c1), verdict: "refuted", justification: payloadsUpTo(5000, 12) },
  });
  expect(patched.status(), await patched.text()).toBe(200);

  const cluster = (
    await postJson(hostile, "/api/clusters", { name: payloadsUpTo(200, 3), description: payloadsUpTo(2000, 5) }, 201)
  ).id as string;
  for (const claimId of [c1, c2]) await postJson(hostile, `/api/clusters/${cluster}/claims`, { claimId }, 201);
  await postJson(hostile, "/api/tokens", { name: payloadsUpTo(100, 7) }, 201);

  // c5 (approved below) has a verdict and evidence of its stance, so every export format writes it
  // (FEVER and ClaimReview leave out claims without a verdict; FEVER those without evidence too).
  await postJson(
    hostile,
    `/api/claims/${c5}/evidence`,
    { url: `https://example.org/${marker}/c5`, quote: payloadsUpTo(2000, 20), stance: "supports" },
    201,
  );
  const judged = await hostile.context.request.patch(`/api/claims/${c5}`, {
    data: { version: await versionOf(hostile, c5), verdict: "supported", justification: payloadsUpTo(2000, 22) },
  });
  expect(judged.status(), await judged.text()).toBe(200);

  // Review: c1 sent back with a comment, c2 approved then reopened, c3 waiting, c4 a draft, c5 approved.
  for (const id of [c1, c2, c3, c5])
    await postJson(hostile, `/api/claims/${id}/submit`, { version: await versionOf(hostile, id) }, 200);
  await postJson(
    reviewer,
    `/api/claims/${c1}/review`,
    { decision: "request_changes", comment: payloadsUpTo(4000, 14), version: await versionOf(reviewer, c1) },
    200,
  );
  await postJson(
    reviewer,
    `/api/claims/${c2}/review`,
    { decision: "approve", version: await versionOf(reviewer, c2) },
    200,
  );
  await postJson(
    reviewer,
    `/api/claims/${c5}/review`,
    { decision: "approve", comment: payloadsUpTo(4000, 16), version: await versionOf(reviewer, c5) },
    200,
  );
  await postJson(
    admin,
    `/api/claims/${c2}/reopen`,
    { reason: payloadsUpTo(4000, 18), version: await versionOf(admin, c2) },
    200,
  );

  world = { admin, reviewer, hostile, hostileName, a1, a2, claims: [c1, c2, c3, c4, c5], cluster };
});

test.afterAll(async () => {
  for (const w of [world?.admin, world?.reviewer, world?.hostile]) await w?.context.close();
});

test("the watch itself catches payloads that run and active content (control)", async ({ browser }) => {
  const w = await watch(await browser.newContext());
  // A blank page with no Content-Security-Policy, so the payloads really run.
  await w.page.setContent(
    '<img src=x onerror="window.__xss=1"><a href="javascript:void 0">x</a><iframe srcdoc="<p>x</p>"></iframe><script>window.__xss=2; alert(3)</script>',
  );
  await expect.poll(async () => [...(await inspect(w)).hits].sort()).toEqual(["1", "2"]);
  const found = await inspect(w);
  expect(found.problems).toEqual(
    expect.arrayContaining([
      "link javascript:void 0",
      "img[onerror=window.__xss=1]",
      "script window.__xss=2; alert(3)",
      "element iframe",
    ]),
  );
  expect(found.incidents).toEqual(expect.arrayContaining(["alert dialog: 3", "XSS-EXECUTED 2"]));
  await w.context.close();
});

test("the article list, reader (with its side panel), and cleaning pages show payloads as text", async () => {
  const { hostile, a1, a2, claims } = world;
  await visit(hostile, `/articles?q=${marker}`, `Hostile ${marker}`);
  await visit(hostile, "/articles", marker);

  await visit(hostile, `/articles/${a1}`, "window.__xss=");
  await expect(hostile.page.locator('.reader-text[data-ready="true"]')).toBeVisible();
  // The editor draws the paragraphs anew when it takes over; an element handle from before is
  // gone after (what this test checks is the payloads, not a click racing that takeover).
  await hostile.page.waitForFunction(() => performance.getEntriesByName("reader:editor-ready").length > 0);
  const highlight = hostile.page.locator(`.reader-doc [data-claim-id="${claims[0]}"]`).first();
  await highlight.scrollIntoViewIfNeeded();
  await highlight.hover();
  await highlight.click();
  await expect(hostile.page.locator(".claim-panel")).toBeVisible();
  await expect(hostile.page.locator(".claim-panel")).toContainText("__xss");
  await expectInert(hostile, "reader with the claim panel open");
  // The details show the article's URL as a plain https link.
  await expect(hostile.page.locator(`a[href^="https://example.org/${marker}"]`).first()).toBeAttached();

  await visit(hostile, `/articles/${a2}`, `Hostile page ${marker}`);
  await visit(hostile, `/articles/${a2}/cleaning`);
  await visit(hostile, `/articles/${a1}/cleaning`);
});

test("the claims table and every claim page, with evidence, verdict, cluster and history", async () => {
  const { hostile, a1, claims } = world;
  await visit(hostile, `/claims?articleId=${a1}`, "__xss");
  await visit(hostile, `/claims?q=${encodeURIComponent("script")}`);
  for (const id of claims) await visit(hostile, `/claims/${id}`, "__xss");
  // The evidence link went out as an https URL with its payload percent-encoded.
  await hostile.page.goto(`/claims/${claims[0]}`);
  const evidenceHref = await hostile.page
    .locator(`a[href^="https://example.org/${marker}/"]`)
    .first()
    .getAttribute("href");
  expect(evidenceHref).toMatch(/^https:\/\/example\.org\//);
});

test("clusters, the review queue and records, and the dashboards", async () => {
  const { hostile, reviewer, a1, claims, cluster } = world;
  await visit(hostile, "/clusters", "__xss");
  await visit(hostile, `/clusters/${cluster}`, "__xss");
  await visit(hostile, "/dashboard");
  await visit(reviewer, "/dashboard");
  await visit(reviewer, "/review", "__xss");
  await visit(reviewer, `/review?articleId=${a1}`, "__xss");
  for (const id of claims) await visit(reviewer, `/review/${id}`, "__xss");
});

test("the admin's users and audit log, and the hostile user's own account page", async () => {
  const { admin, hostile, claims, hostileName } = world;
  await visit(admin, "/admin", `Eve ${marker}`);
  await expect(admin.page.getByText(hostileName, { exact: false }).first()).toBeVisible();
  await visit(admin, "/admin/audit", "__xss");
  await visit(admin, `/admin/audit?entityId=${claims[1]}`, "__xss");
  await visit(hostile, "/account", `Eve ${marker}`);
  await expect(hostile.page.locator("body")).toContainText(payloadsUpTo(100, 7));
});

test("uploads whose file names and contents are payloads", async () => {
  const { hostile } = world;
  await visit(hostile, "/import");
  const upload = [
    {
      name: `${payload(1)}.md`.replace(/\//g, ""),
      mimeType: "text/markdown",
      buffer: Buffer.from(hostileMarkdown(marker)),
    },
    {
      name: `"'><svg onload=window.__xss=502>.html`,
      mimeType: "text/html",
      buffer: Buffer.from(hostileHtml(`${marker}${letters(4)}`)),
    },
    {
      name: "hostile.jsonl",
      mimeType: "application/x-ndjson",
      buffer: Buffer.from(
        [
          JSON.stringify({
            title: `${payload(9)} lines ${marker}`,
            text: `The ferry operator of ${marker} ${letters(6)} cancelled its crossings. ${payload(4)}`,
          }),
          JSON.stringify({ title: `Bad url ${marker}`, text: `Refused ${letters(8)}.`, url: SCRIPT_URLS[0] }),
        ].join("\n"),
      ),
    },
  ];
  await hostile.page.getByLabel("Files to import").setInputFiles(upload);
  await expect(hostile.page.getByRole("status").filter({ hasText: "All uploads finished" })).toBeVisible();
  await expectInert(hostile, "import results", "svg onload=window.__xss=502");
  const created = hostile.page.getByRole("list", { name: "Files" }).getByRole("link");
  expect(await created.count()).toBeGreaterThanOrEqual(2);
  for (const href of await created.evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""))) {
    expect(href).toMatch(/^\/articles\//);
    await visit(hostile, href);
  }
});

test("downloads and API answers cannot be sniffed into HTML, and pages carry the security headers", async () => {
  const { reviewer, a1 } = world;
  for (const format of ["jsonl", "csv", "w3c", "claimreview", "fever"]) {
    const res = await reviewer.context.request.get(`/api/export?format=${format}&status=approved`);
    expect(res.status()).toBe(200);
    const headers = res.headers();
    expect(headers["content-type"], format).not.toMatch(/html/i);
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["content-disposition"]).toMatch(/^attachment;/);
    expect(await res.text(), format).toContain("__xss");
  }
  for (const path of [
    `/api/articles/${a1}?raw=true`,
    `/api/articles/${a1}/claims`,
    "/api/export/manifest?format=csv",
  ]) {
    const res = await reviewer.context.request.get(path);
    expect(res.headers()["content-type"], path).toMatch(/^application\/json/);
    expect(res.headers()["x-content-type-options"], path).toBe("nosniff");
  }
  const page = await reviewer.context.request.get(`/articles/${a1}`);
  const csp = page.headers()["content-security-policy"] ?? "";
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/script-src[^;]*(https?:|\*)/);
});

test("the pages' Content-Security-Policy stops markup that would run, should any ever slip through", async () => {
  const { hostile, a1 } = world;
  const res = await hostile.page.goto(`/articles/${a1}`);
  const policy = res?.headers()["content-security-policy"] ?? "";
  const scriptSrc =
    policy
      .split(";")
      .map((d) => d.trim())
      .find((d) => d.startsWith("script-src ")) ?? "";
  expect(scriptSrc).toMatch(/'nonce-[A-Za-z0-9+/=]{16,}'/);
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  await expect(hostile.page.locator('.reader-text[data-ready="true"]')).toBeVisible();
  await hostile.page.evaluate(() => {
    const seen: string[] = [];
    Object.defineProperty(window, "__cspViolations", { value: seen });
    document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective));
    const box = document.createElement("div");
    box.innerHTML =
      '<img src="/favicon-missing.png" onerror="window.__xss=901"><a id="hostile-link" href="javascript:window.__xss=902">go</a>';
    document.body.append(box);
    document.getElementById("hostile-link")?.click();
  });
  const violations = () =>
    hostile.page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);
  // Both the inline handler and the script link are reported as blocked.
  await expect.poll(async () => (await violations()).length).toBeGreaterThanOrEqual(2);
  expect((await violations()).every((d) => d.startsWith("script-src"))).toBe(true);
  expect(await hostile.page.evaluate(() => window.__xssHits)).toEqual([]);
  expect(hostile.incidents).toEqual([]);
});

test("the dataset preview shows approved claims with payloads as text", async () => {
  await visit(world.reviewer, "/dataset?status=approved", "__xss");
});
