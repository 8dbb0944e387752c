import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { signedIn } from "./project-steps";

/**
 * axe-core on every page and every open dialog or popover, as the role that uses it, at a
 * desktop and a phone width. Any violation fails; with A11Y_REPORT set, each audit's violations
 * and "needs review" items are appended to that file (one JSON line per page and width), for the
 * triage kept in docs/accessibility.md.
 */

const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"];
const WIDTHS = [1280, 390] as const;
const REPORT = process.env.A11Y_REPORT;

const STORY = [
  "Aid agencies said on Tuesday that more than 40,000 people had crossed the border in a single week.",
  "The ministry put the number of damaged schools at 212, and a further 35 clinics were closed.",
  "Officials expect the convoy of 18 trucks to arrive by Friday.",
].join("\n");

interface Finding {
  state: string;
  width: number;
  rule: string;
  impact: string | null | undefined;
  targets: string[];
  summary: string;
}

const violations: Finding[] = [];

async function audit(page: Page, state: string, width: number) {
  const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
  const keep = (into: Finding[]) => (r: (typeof results.violations)[number]) =>
    into.push({
      state,
      width,
      rule: r.id,
      impact: r.impact,
      targets: r.nodes.slice(0, 5).map((n) => n.target.join(" ")),
      summary: r.nodes[0]?.failureSummary?.split("\n").slice(0, 3).join(" ") ?? r.help,
    });
  const found: Finding[] = [];
  const review: Finding[] = [];
  results.violations.forEach(keep(found));
  results.incomplete.forEach(keep(review));
  violations.push(...found);
  if (REPORT) fs.appendFileSync(REPORT, `${JSON.stringify({ state, width, violations: found, incomplete: review })}\n`);
}

/** Visits `path`, waits for `ready`, then audits it (and what `states` opens) at both widths. */
async function check(
  page: Page,
  name: string,
  path: string,
  ready: (page: Page) => Promise<void>,
  states: Record<string, (page: Page) => Promise<void>> = {},
) {
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(path);
    await ready(page);
    await audit(page, name, width);
    for (const [stateName, open] of Object.entries(states)) {
      await page.goto(path);
      await ready(page);
      await open(page);
      await audit(page, `${name}: ${stateName}`, width);
    }
  }
}

const heading = (text: string | RegExp) => async (page: Page) => {
  await expect(page.getByRole("heading", { level: 1, name: text }).first()).toBeVisible();
};

async function readerReady(page: Page) {
  await expect(page.locator('.reader-text[data-ready="true"]')).toBeVisible();
}

/** Selects `phrase` in the reader's text (a keyboard selection of the DOM range). */
async function selectPhrase(page: Page, phrase: string) {
  await page.locator(".reader-doc").focus();
  await page.evaluate((phrase) => {
    const root = document.querySelector(".reader-doc")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf(phrase);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(n, at);
      range.setEnd(n, at + phrase.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${phrase}" is not in the text`);
  }, phrase);
}

async function newPage(browser: Browser, email: string) {
  return signedIn(browser, email);
}

// Many pages per role, each audited twice or more: far longer than one ordinary test.
test.describe.configure({ timeout: 600_000 });

let articleId = "";
let draftId = "";
let submittedId = "";
let projectId = "";

test.beforeAll(async ({ browser }) => {
  const page = await newPage(browser, "annotator@claimbench.test");
  const marker = Date.now().toString(36);
  const created = await page.request.post("/api/articles", {
    data: { title: `Border crossings ${marker}`, text: `${STORY}\nReference ${marker}.` },
  });
  expect(created.status(), await created.text()).toBe(201);
  articleId = ((await created.json()) as { id: string }).id;
  const { text } = (await (await page.request.get(`/api/articles/${articleId}`)).json()) as { text: string };
  const tagClaim = async (phrase: string, attributes: Record<string, unknown>) => {
    const start = text.indexOf(phrase);
    const res = await page.request.post(`/api/articles/${articleId}/claims`, {
      data: { start, end: start + phrase.length, exact: phrase, ...attributes },
    });
    expect(res.status(), await res.text()).toBe(201);
    return (await res.json()) as { id: string; version: number };
  };
  draftId = (
    await tagClaim("more than 40,000 people", {
      kind: "quantity",
      value: 40000,
      qualifier: "more_than",
      unit: "people",
    })
  ).id;
  const submitted = await tagClaim("damaged schools at 212", { kind: "quantity", value: 212, qualifier: "exact" });
  submittedId = submitted.id;
  await tagClaim("Officials expect the convoy of 18 trucks to arrive by Friday", { kind: "event" });
  const submit = await page.request.post(`/api/claims/${submittedId}/submit`, {
    data: { version: submitted.version },
  });
  expect(submit.ok(), await submit.text()).toBe(true);
  const { items: projects } = (await (await page.request.get("/api/projects")).json()) as { items: { id: string }[] };
  expect(projects.length, "the seed makes a default project").toBeGreaterThan(0);
  projectId = projects[0].id;
  await page.context().close();
});

test("signed out: sign-in and not-found pages", async ({ page }) => {
  const before = violations.length;
  await check(page, "sign-in", "/signin", heading(/sign in/i));
  await check(page, "not found", "/no-such-page", async (p) => {
    await expect(p.getByRole("heading", { level: 1 })).toBeVisible();
  });
  expect(violations.slice(before)).toEqual([]);
});

test("annotator: every page and open state", async ({ browser }) => {
  const before = violations.length;
  const page = await newPage(browser, "annotator@claimbench.test");
  await check(page, "articles", "/articles", heading("Articles"));
  await check(page, "reader", `/articles/${articleId}`, readerReady, {
    "claim panel": async (p) => {
      await p.locator(`[data-claim-id="${draftId}"]`).first().click();
      await expect(p.getByRole("complementary").getByRole("heading", { level: 2 }).first()).toBeVisible();
    },
    "tag popover": async (p) => {
      await selectPhrase(p, "35 clinics");
      await p.keyboard.press("t");
      await expect(p.getByRole("dialog")).toBeVisible();
    },
    "keyboard help": async (p) => {
      await p.getByText("Keyboard", { exact: true }).click();
      await expect(p.locator("details.shortcuts[open]")).toBeVisible();
    },
  });
  await check(page, "cleaning", `/articles/${articleId}/cleaning`, heading(/./));
  await check(page, "claims", "/claims", heading("Claims"));
  await check(page, "claim page", `/claims/${draftId}`, heading(/./));
  await check(page, "clusters", "/clusters", heading("Clusters"));
  await check(page, "import", "/import", heading(/import/i));
  await check(page, "dashboard", "/dashboard", heading("Dashboard"));
  await check(page, "sent back", "/sent-back", heading(/./));
  await check(page, "account", "/account", heading(/account/i));
  await check(page, "projects", "/projects", heading("Projects"));
  await check(page, "project", `/projects/${projectId}`, heading(/./));
  await check(page, "my changes", `/projects/${projectId}/my-changes`, heading(/./));
  await check(page, "guidelines", `/projects/${projectId}/guidelines`, heading(/./));
  await page.context().close();
  expect(violations.slice(before)).toEqual([]);
});

test("reviewer: review queue, review page, dataset, agreement", async ({ browser }) => {
  const before = violations.length;
  const page = await newPage(browser, "reviewer@claimbench.test");
  await check(page, "review queue", `/review?articleId=${articleId}`, heading("Review"));
  await check(page, "review page", `/review/${submittedId}`, heading(/./));
  await check(page, "dataset", "/dataset", heading(/dataset/i));
  await check(page, "project dashboard", `/projects/${projectId}/dashboard`, heading(/./));
  await check(page, "agreement", `/projects/${projectId}/agreement`, heading(/./));
  await check(page, "adjudication", `/projects/${projectId}/adjudication`, heading(/./));
  await page.context().close();
  expect(violations.slice(before)).toEqual([]);
});

test("admin: users, audit, project settings, API reference", async ({ browser }) => {
  const before = violations.length;
  const page = await newPage(browser, "admin@claimbench.test");
  await check(page, "admin", "/admin", heading(/./));
  await check(page, "audit", "/admin/audit", heading(/./));
  await check(page, "members", `/projects/${projectId}/members`, heading(/./));
  await check(page, "schema", `/projects/${projectId}/schema`, heading(/./));
  await check(page, "settings", `/projects/${projectId}/settings`, heading(/./));
  await check(page, "matrix", `/projects/${projectId}/matrix`, heading(/./));
  await check(page, "API reference", "/api-docs", heading(/./));
  await page.context().close();
  expect(violations.slice(before)).toEqual([]);
});
