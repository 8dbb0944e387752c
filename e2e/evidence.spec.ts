import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { signInAsNewAnnotator } from "./annotators";

const DECEMBER_2012 = "Hillary Clinton Meets With Russia's Foreign Minister About Syria";
const FEBRUARY_2016 = "Russia ready to discuss Syria ceasefire at international talks";
const SHOTS = "/tmp/evidence-shots";

interface Article {
  id: string;
  title: string;
  text: string;
}

async function findArticle(request: APIRequestContext, title: string): Promise<Article> {
  const list = await request.get(`/api/articles?q=${encodeURIComponent(title)}`);
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: { id: string; title: string }[] };
  const hit = items.find((a) => a.title === title);
  if (!hit) throw new Error(`seed article "${title}" not found`);
  return (await (await request.get(`/api/articles/${hit.id}`)).json()) as Article;
}

/** Creates a claim on `phrase` through the API, as the signed-in user (the session cookie is shared). */
async function claimPhrase(
  request: APIRequestContext,
  article: Article,
  phrase: string,
  attributes: Record<string, unknown>,
): Promise<string> {
  const start = article.text.indexOf(phrase);
  expect(start, `"${phrase}" occurs in the article`).toBeGreaterThanOrEqual(0);
  const res = await request.post(`/api/articles/${article.id}/claims`, {
    data: { start, end: start + phrase.length, exact: phrase, kind: "casualty", ...attributes },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Saves a screenshot where the test report keeps it and where a person looks at it. */
async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.mkdirSync("test-results", { recursive: true });
  // From the top, so the sticky header sits where a person sees it rather than across the middle.
  await page.evaluate(() => window.scrollTo(0, 0));
  const path = test.info().outputPath(name);
  await page.screenshot({ path, fullPage: true });
  fs.copyFileSync(path, `${SHOTS}/${name}`);
  fs.copyFileSync(path, `test-results/${name}`);
}

test("links claims to evidence, records a verdict, and groups the Syrian death tolls into a cluster with a conflict flag", async ({
  page,
}) => {
  // An annotator of the test's own: one author may not tag the same span twice.
  await signInAsNewAnnotator(page, "evidence");

  // Other specs claim the same phrases; this run's claims carry a note only they have.
  const marker = `evidence-e2e-${Date.now().toString(36)}`;
  const dec = await findArticle(page.request, DECEMBER_2012);
  const feb = await findArticle(page.request, FEBRUARY_2016);
  const toll = { qualifier: "more_than", note: marker };
  const over30k = await claimPhrase(page.request, dec, "over 30,000 people dead", {
    ...toll,
    value: 30000,
    unit: "people dead",
  });
  const over40k = await claimPhrase(page.request, dec, "more than 40,000 people", {
    ...toll,
    value: 40000,
    unit: "people",
    attributedTo: "activists",
    timeRef: "since March 2011",
  });
  const over260k = await claimPhrase(page.request, feb, "More than 260,000 people have been killed", {
    ...toll,
    value: 260000,
    unit: "people killed",
  });

  // The claim page: the claim in its context.
  await page.goto(`/claims/${over30k}`);
  await expect(page.getByRole("heading", { level: 1, name: "“over 30,000 people dead”" })).toBeVisible();
  await expect(page.locator("mark")).toHaveText("over 30,000 people dead");

  // Link the later toll as context, found through the search over all claims.
  await page.getByRole("radio", { name: /Context/ }).click();
  const search = page.getByRole("search", { name: "Find a claim to link" });
  await search.getByLabel("Words in the claim").fill(marker);
  await search.getByLabel("Min value").fill("200000");
  await search.getByRole("button", { name: "Search" }).click();
  await page
    .getByRole("list", { name: "Search results" })
    .getByRole("button", { name: "Link: More than 260,000 people have been killed" })
    .click();
  const cites = page.getByRole("list", { name: "Evidence this claim cites" });
  await expect(
    cites.getByRole("listitem").filter({ hasText: "More than 260,000 people have been killed" }),
  ).toContainText("Context");

  // Link an external source as supporting.
  await page.getByRole("button", { name: "External source" }).click();
  await page.getByRole("radio", { name: /Supports/ }).click();
  await page.getByLabel("URL").fill("https://www.example.org/syria/death-toll-december-2012");
  await page.getByLabel("Title").fill("Syria death toll passes 30,000, activists say");
  await page.getByLabel("Publisher").fill("Example Wire");
  await page.getByLabel("Published").fill("2012-11-30");
  await page.getByLabel("Quoted passage").fill("more than 30,000 people have been killed since the uprising began");
  await page.getByRole("button", { name: "Link source" }).click();
  const source = cites.getByRole("listitem").filter({ hasText: "Syria death toll passes 30,000" });
  await expect(source).toContainText("Supports");
  await expect(source.getByRole("link", { name: "Syria death toll passes 30,000, activists say" })).toHaveAttribute(
    "href",
    "https://www.example.org/syria/death-toll-december-2012",
  );
  await expect(cites.getByRole("listitem")).toHaveCount(2);

  // A verdict that disagrees with the evidence is questioned, one that agrees is saved.
  await page.getByRole("radio", { name: "Refuted" }).click();
  await expect(page.getByRole("status").filter({ hasText: "only supports this claim" })).toBeVisible();
  await page.getByRole("radio", { name: "Supported" }).click();
  await expect(page.getByText("Check the verdict against the evidence")).toHaveCount(0);
  await page
    .getByLabel("Justification")
    .fill("An independent wire report gives the same lower bound for the same week.");
  await page.getByRole("button", { name: "Save verdict" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.locator(".claim-header").getByText("Supported")).toBeVisible();
  await screenshot(page, "evidence-claim.png");

  // The link shows on the other claim too.
  await page.goto(`/claims/${over260k}`);
  await expect(page.getByRole("list", { name: "Claims citing this claim" }).getByRole("listitem")).toContainText(
    "over 30,000 people dead",
  );

  // Group the three tolls: a new cluster from the first claim's page, then the others from the cluster page.
  await page.goto(`/claims/${over30k}`);
  const clusterName = `Syrian conflict death toll ${marker}`;
  await page.getByLabel("New cluster").fill(clusterName);
  await page.getByRole("button", { name: "Create and add" }).click();
  await page.getByRole("link", { name: clusterName }).click();
  await expect(page.getByRole("heading", { level: 1, name: clusterName })).toBeVisible();
  const find = page.getByRole("search", { name: "Find claims to add" });
  await find.getByLabel("Words in the claim").fill(marker);
  await find.getByRole("button", { name: "Search" }).click();
  const results = page.getByRole("list", { name: "Search results" });
  await results.getByRole("button", { name: "Add to cluster: more than 40,000 people" }).click();
  await expect(page.getByText("2 claims stating the same fact")).toBeVisible();
  await results.getByRole("button", { name: "Add to cluster: More than 260,000 people have been killed" }).click();
  await expect(page.getByText("3 claims stating the same fact")).toBeVisible();

  // Three points in time order, the two December 2012 figures flagged, the 2016 one not.
  const chart = page.getByRole("group", { name: /stated figures over time/ });
  const points = chart.getByRole("link");
  await expect(points).toHaveCount(3);
  const labels = await points.evaluateAll((links) => links.map((a) => a.getAttribute("aria-label") ?? ""));
  expect(labels[0]).toMatch(/^more than 30,000, 6 Dec 2012, .*“over 30,000 people dead” \(conflicting figures\)$/);
  expect(labels[1]).toMatch(
    /^more than 40,000, 6 Dec 2012, activists: “more than 40,000 people” \(conflicting figures\)$/,
  );
  expect(labels[2]).toMatch(/^more than 260,000, 11 Feb 2016, AFP: “More than 260,000 people have been killed”$/);
  const xs: number[] = [];
  for (const point of await points.all())
    xs.push((await point.locator(".timeline-chart__dot").boundingBox())?.x ?? NaN);
  expect(xs[0]).toBeLessThan(xs[1] ?? NaN);
  expect(xs[1]).toBeLessThan(xs[2] ?? NaN);
  const conflicts = page.getByRole("region", { name: "Conflicts" });
  await expect(conflicts).toContainText("1 conflict between figures for the same period");
  await expect(conflicts).toContainText("Dec 2012: “over 30,000 people dead”");
  await expect(conflicts).toContainText("“more than 40,000 people”");
  await expect(conflicts).not.toContainText("260,000");
  await expect(chart.getByText("Conflicting figures")).toBeVisible();
  const rows = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText("⚠ conflict");
  await expect(rows.nth(1)).toContainText("⚠ conflict");
  await expect(rows.nth(2)).not.toContainText("conflict");
  await expect(rows.nth(1).getByRole("link", { name: "“more than 40,000 people”" })).toHaveAttribute(
    "href",
    `/claims/${over40k}`,
  );
  await screenshot(page, "evidence-cluster.png");

  // Each point leads to its claim in the article (clicked with the mouse, the chart in full view).
  await chart.evaluate((svg) => svg.scrollIntoView({ block: "center" }));
  await points.nth(2).locator(".timeline-chart__dot").click();
  await expect(page).toHaveURL(new RegExp(`/articles/${feb.id}#claim-${over260k}$`));
});
