import { createHash } from "node:crypto";
import fs, { readFileSync } from "node:fs";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { strFromU8, unzipSync } from "fflate";
import { DEMO_PASSWORD, SignInPage, openSection } from "./pages";

const ANNOTATOR = "annotator@claimbench.test";
const REVIEWER = "reviewer@claimbench.test";
const STORY =
  'The ministry said "212 schools, 35 clinics" were damaged, and more than 40,000 people crossed the border.';

async function signedIn(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn(email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
  return page;
}

/** One approved claim, made the way the app requires: an annotator tags and submits, a reviewer approves. */
async function approvedClaim(annotator: Page, reviewer: Page): Promise<string> {
  const marker = Date.now().toString(36);
  const created = await annotator.request.post("/api/articles", {
    data: { title: `Dataset page ${marker}`, text: `${STORY}\nReference ${marker}.` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: articleId } = (await created.json()) as { id: string };
  const { text } = (await (await annotator.request.get(`/api/articles/${articleId}`)).json()) as { text: string };
  const phrase = "more than 40,000 people crossed the border";
  const start = text.indexOf(phrase);
  const claim = await annotator.request.post(`/api/articles/${articleId}/claims`, {
    data: {
      start,
      end: start + phrase.length,
      exact: phrase,
      kind: "quantity",
      value: 40000,
      qualifier: "more_than",
      verdict: "supported",
    },
  });
  expect(claim.status(), await claim.text()).toBe(201);
  const { id, version } = (await claim.json()) as { id: string; version: number };
  const submitted = await annotator.request.post(`/api/claims/${id}/submit`, { data: { version } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const approved = await reviewer.request.post(`/api/claims/${id}/review`, {
    data: { decision: "approve", version: version + 1 },
  });
  expect(approved.status(), await approved.text()).toBe(200);
  return id;
}

test("a reviewer previews and downloads the dataset; an annotator has no Dataset page", async ({ browser }) => {
  const annotator = await signedIn(browser, ANNOTATOR);
  const reviewer = await signedIn(browser, REVIEWER);
  const claimId = await approvedClaim(annotator, reviewer);

  await expect(annotator.locator('nav[aria-label="Main"] a[href="/dataset"]')).toHaveCount(0);

  await openSection(reviewer, "Dataset");
  await expect(reviewer.getByRole("heading", { level: 1, name: "Dataset" })).toBeVisible();
  await expect(reviewer.getByRole("heading", { name: "Claims by status" })).toBeVisible();
  await expect(reviewer.getByLabel("Export preview")).toContainText(claimId);

  // The download follows the picked format at once, before any Preview: a CSV file with CSV in it.
  await reviewer.getByLabel("Format").selectOption("csv");
  const downloadLink = reviewer.getByRole("link", { name: /^Download claimbench-approved-claims\.csv/ });
  await expect(downloadLink).toHaveAttribute("href", /format=csv&status=approved/);
  const [download] = await Promise.all([reviewer.waitForEvent("download"), downloadLink.click()]);
  expect(download.suggestedFilename()).toBe("claimbench-approved-claims.csv");
  const csv = fs.readFileSync(await download.path(), "utf8");
  expect(csv).toMatch(/^\uFEFF?id,article_id,article_title/);
  expect(csv).toContain(claimId);
  // The preview follows too, without pressing Preview.
  await expect(reviewer).toHaveURL(/format=csv/);
  await expect(reviewer.getByLabel("Export preview")).toContainText("id,article_id,article_title");

  // And the filter: submitted claims as JSON Lines, again at once (the approved claim is not among them).
  await reviewer.getByLabel("Claims", { exact: true }).selectOption("submitted");
  await reviewer.getByLabel("Format").selectOption("jsonl");
  const submittedLink = reviewer.getByRole("link", { name: /^Download claimbench-submitted-claims\.jsonl/ });
  await expect(submittedLink).toHaveAttribute("href", /format=jsonl&status=submitted/);
  const [submitted] = await Promise.all([reviewer.waitForEvent("download"), submittedLink.click()]);
  expect(submitted.suggestedFilename()).toBe("claimbench-submitted-claims.jsonl");
  const lines = fs
    .readFileSync(await submitted.path(), "utf8")
    .split("\n")
    .filter(Boolean);
  expect(lines.every((l) => (JSON.parse(l) as { status: string }).status === "submitted")).toBe(true);
  expect(lines.join("\n")).not.toContain(claimId);
  await reviewer.getByLabel("Claims", { exact: true }).selectOption("approved");
  await reviewer.getByLabel("Format").selectOption("csv");
  await expect(reviewer).toHaveURL(/format=csv&status=approved/);
  const manifest = await reviewer.request.get("/api/export/manifest?format=csv&status=approved");
  expect(((await manifest.json()) as { records: number }).records).toBeGreaterThanOrEqual(1);

  await reviewer.screenshot({ path: "test-results/dataset-page.png", fullPage: true });
});

test("the Dataset page downloads the bundle: a zip whose card and manifest describe its files", async ({ browser }) => {
  const annotator = await signedIn(browser, ANNOTATOR);
  const reviewer = await signedIn(browser, REVIEWER);
  const claimId = await approvedClaim(annotator, reviewer);

  await reviewer.goto("/dataset");
  await reviewer.getByLabel("Format").selectOption("bundle");
  await reviewer.getByRole("button", { name: "Preview" }).click();
  await expect(reviewer).toHaveURL(/format=bundle/);
  await expect(reviewer.getByLabel("Export preview")).toContainText("claims.jsonl begins");
  await expect(reviewer.getByLabel("Export preview")).toContainText(claimId);

  const downloadLink = reviewer.getByRole("link", { name: /^Download claimbench-approved-claims\.bundle\.zip/ });
  const [download] = await Promise.all([reviewer.waitForEvent("download"), downloadLink.click()]);
  expect(download.suggestedFilename()).toBe("claimbench-approved-claims.bundle.zip");
  const zip = new Uint8Array(readFileSync(await download.path()));
  const files = unzipSync(zip);
  const text = (name: string) => strFromU8(files[name]);

  // The manifest names every other file with its size and SHA-256, and counts the claims.
  const manifest = JSON.parse(text("manifest.json")) as {
    records: { claims: number; articles: number };
    files: { path: string; bytes: number; sha256: string }[];
  };
  expect(manifest.files.map((f) => f.path)).toEqual(Object.keys(files).filter((n) => n !== "manifest.json"));
  for (const f of manifest.files) {
    expect(f.bytes, f.path).toBe(files[f.path].length);
    expect(f.sha256, f.path).toBe(createHash("sha256").update(files[f.path]).digest("hex"));
  }
  const claimLines = text("claims.jsonl").trim().split("\n");
  expect(manifest.records.claims).toBe(claimLines.length);
  expect(claimLines.some((l) => (JSON.parse(l) as { id: string }).id === claimId)).toBe(true);

  // The card: Hugging Face's YAML header, then the counts and files the manifest has.
  const card = text("README.md");
  expect(card).toMatch(/^---\nlicense: [^\n]+\n/);
  expect(card).toContain("task_categories:\n- text-classification");
  expect(card).toContain(`    num_examples: ${manifest.records.claims}\n`);
  expect(card).toContain(`${manifest.records.claims} approved claims from ${manifest.records.articles} news articles`);
  const claimsFile = manifest.files.find((f) => f.path === "claims.jsonl")!;
  expect(card).toContain(`| ${claimsFile.bytes} | \`${claimsFile.sha256}\` |`);
  expect(JSON.parse(text("croissant.json"))).toMatchObject({ conformsTo: "http://mlcommons.org/croissant/1.0" });

  // The manifest of the API describes the same bytes.
  const apiManifest = await reviewer.request.get("/api/export/manifest?format=bundle&status=approved");
  expect(((await apiManifest.json()) as { sha256: string }).sha256).toBe(
    createHash("sha256").update(zip).digest("hex"),
  );
  await reviewer.screenshot({ path: "test-results/dataset-bundle.png", fullPage: true });
});
