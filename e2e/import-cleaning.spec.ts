import fs from "node:fs";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./pages";

async function signIn(page: Page) {
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn("annotator@claimbench.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
}

async function articleIdByTitle(request: APIRequestContext, title: string): Promise<string> {
  const res = await request.get(`/api/articles?q=${encodeURIComponent(title)}`);
  expect(res.ok()).toBe(true);
  const { items } = (await res.json()) as { items: { id: string; title: string }[] };
  const hit = items.find((a) => a.title === title);
  if (!hit) throw new Error(`article "${title}" not found`);
  return hit.id;
}

/**
 * A sentence no other run has: a fresh figure every few words means a rerun on the same
 * database (or --repeat-each) is not taken for a near-duplicate of the last run's article.
 */
function figures(): string {
  const n = () => String(1000 + Math.floor(Math.random() * 9_000_000));
  return `Clerks counted ${n()} ships, ${n()} barges and ${n()} ferries in ${n()} days, against ${n()} crews, ${n()} pilots and ${n()} tugs the year before.`;
}

function occurrences(text: string, needle: string): number {
  return text.split(needle).length - 1;
}

/** A removed block's entry on the cleaning page. */
const block = (page: Page, text: string) => page.getByRole("listitem").filter({ hasText: text });

test("a story printed twice in its source shows once; its cleaning page lists what was left out and why", async ({
  page,
}) => {
  await signIn(page);
  const afp = "Russia ready to discuss Syria ceasefire at international talks";
  await page.getByRole("link", { name: afp, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: afp })).toBeVisible();
  const lead = "Russia said Thursday it was ready to discuss a ceasefire";
  await expect(page.getByRole("main").getByText(lead)).toBeVisible();
  expect(occurrences(await page.getByRole("main").innerText(), lead)).toBe(1);

  await page.goto(`${new URL(page.url()).pathname}/cleaning`);
  await expect(page.getByRole("heading", { level: 1, name: "Removed by cleaning" })).toBeVisible();
  await expect(page.getByRole("link", { name: afp, exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "← Back to the article" })).toHaveAttribute(
    "href",
    new URL(page.url()).pathname.replace(/\/cleaning$/, ""),
  );
  await expect(block(page, "You may also like")).toContainText("Promo");
  await expect(block(page, lead).first()).toContainText("Duplicate block");
  await expect(page.getByText(/\d+ blocks were left out of the text/)).toBeVisible();

  // The filter narrows the list to one reason.
  await page.getByLabel("Show").selectOption({ label: "Promo (9)" });
  await expect(page.getByRole("listitem").filter({ hasText: "Duplicate block" })).toHaveCount(0);
  await expect(block(page, "You may also like")).toBeVisible();

  const wire = "Russia’s growing support of Syrian government causes global concern";
  await page.goto(`/articles/${await articleIdByTitle(page.request, wire)}/cleaning`);
  await expect(block(page, "Leave a Reply")).toContainText("Comments");
  await expect(block(page, "Leave a Reply").locator(".reason-badge")).toHaveAttribute("title", /comment form/);
  // Block texts are shown as text: the comment form's tag list is not markup.
  await expect(block(page, "You may use these HTML tags")).toContainText('<a href="" title="">');
});

test("restoring a removed block puts it back, moves claims, and refuses a stale version", async ({ page }) => {
  await signIn(page);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  const text = [
    `The river authority reported on Wednesday (${run}) that barge freight on the upper canal fell for a third year, as low water in late summer forced operators to load their vessels to half capacity. ${figures()}`,
    "Advertisement",
    "Inspectors counted 4,812 barges passing the central lock by the end of October, the lowest figure in two decades, and said dredging would begin before the spring floods.",
    `Farmers who ship grain along the canal asked for compensation, saying that road transport had doubled their costs during the driest weeks of the season. ${figures()}`,
    "Leave a Reply",
    "Your email address will not be published. Required fields are marked *",
  ].join("\n\n");
  const created = await page.request.post("/api/articles", { data: { title: `Canal freight ${run}`, text } });
  expect(created.status(), await created.text()).toBe(201);
  const article = (await created.json()) as { id: string };
  const stored = (await (await page.request.get(`/api/articles/${article.id}`)).json()) as { text: string };
  const phrase = "4,812 barges";
  const start = stored.text.indexOf(phrase);
  const claim = await page.request.post(`/api/articles/${article.id}/claims`, {
    data: {
      start,
      end: start + phrase.length,
      exact: phrase,
      kind: "quantity",
      value: 4812,
      qualifier: "exact",
      unit: "barges",
    },
  });
  expect(claim.status(), await claim.text()).toBe(201);

  await page.goto(`/articles/${article.id}/cleaning`);
  await expect(page.getByText("3 blocks were left out of the text")).toBeVisible();
  await block(page, "Advertisement")
    .getByRole("button", { name: /^Restore/ })
    .click();
  const status = page.locator(".restore-status");
  await expect(status).toContainText("Restored block 2 (Boilerplate)");
  await expect(status).toContainText("1 claim re-anchored");
  await expect(status).toBeFocused();
  await expect(block(page, "Advertisement")).toHaveCount(0);
  await expect(page.getByText("2 blocks were left out of the text")).toBeVisible();
  const after = (await (await page.request.get(`/api/articles/${article.id}`)).json()) as { text: string };
  expect(after.text).toMatch(/the year before\.\n\nAdvertisement\n\nInspectors counted 4,812 barges/);

  // Someone else restores a block while this page still shows the old version.
  const cleaning = (await (await page.request.get(`/api/articles/${article.id}/cleaning`)).json()) as {
    version: number;
    removed: { index: number; text: string }[];
  };
  const reply = cleaning.removed.find((r) => r.text === "Leave a Reply");
  const behind = await page.request.post(`/api/articles/${article.id}/cleaning/restore`, {
    data: { index: reply?.index, version: cleaning.version },
  });
  expect(behind.status(), await behind.text()).toBe(200);

  await block(page, "Your email address")
    .getByRole("button", { name: /^Restore/ })
    .click();
  await expect(status).toContainText("The article changed since this page was loaded");
  await expect(block(page, "Leave a Reply")).toHaveCount(0);
  await expect(status).toContainText("The list has been reloaded");
  await block(page, "Your email address")
    .getByRole("button", { name: /^Restore/ })
    .click();
  await expect(status).toContainText("0 claims re-anchored");
  await expect(page.getByText("Nothing is left out.")).toBeVisible();
  await expect(page.getByText("every block is in the text")).toBeVisible();
});

test("an HTML page's cleaning report lists what Readability dropped and the inline ad, caption and newsletter prompt; a Markdown byline fills author and date", async ({
  page,
}) => {
  await signIn(page);
  const run = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;
  // The fixtures are pages of our own making; a paragraph of this run's own keeps them new to the corpus.
  const html = fs
    .readFileSync("e2e/fixtures/daily-ledger.html", "utf8")
    .replace("</article>", `<p>Harbour log ${run}. ${figures()}</p></article>`);
  const md = `${fs.readFileSync("e2e/fixtures/daily-ledger.md", "utf8")}\nHarbour log ${run}. ${figures()}\n`;
  await page.goto("/import");
  await page.getByLabel("Files to import").setInputFiles([
    { name: "daily-ledger.html", mimeType: "text/html", buffer: Buffer.from(html) },
    { name: "daily-ledger.md", mimeType: "text/markdown", buffer: Buffer.from(md) },
  ]);
  await expect(page.getByRole("status").filter({ hasText: "All uploads finished" })).toContainText("2 created");
  const files = page.getByRole("list", { name: "Files" });
  const item = (name: string) => files.locator(":scope > li").filter({ hasText: name });
  const idOf = async (name: string, title: string) => {
    // The site's suffix (" | The Daily Ledger") has left the title.
    const href = await item(name).getByRole("link", { name: title, exact: true }).getAttribute("href");
    expect(href).toMatch(/^\/articles\/[^/]+$/);
    return (href ?? "").split("/")[2] ?? "";
  };
  const htmlId = await idOf("daily-ledger.html", "Floods close the harbour for a third time this winter");
  const mdId = await idOf("daily-ledger.md", "Harbour reopens as the river falls");

  // The Markdown byline filled author and date.
  const mdArticle = (await (await page.request.get(`/api/articles/${mdId}`)).json()) as {
    author: string | null;
    publishedAt: string | null;
    text: string;
  };
  expect(mdArticle.author).toBe("Mara Quill");
  expect(mdArticle.publishedAt).toMatch(/^2026-12-03/);
  expect(mdArticle.text).not.toContain("By Mara Quill");

  // Neither the ad nor the caption nor the prompt is in the text, so the spotter suggests none of them.
  const stored = (await (await page.request.get(`/api/articles/${htmlId}`)).json()) as { text: string };
  for (const gone of ["Sponsored", "holiday deals", "Volunteers fill", "morning briefing", "cookies", "Harbourwatcher"])
    expect(stored.text).not.toContain(gone);
  const suggested = (await (await page.request.get(`/api/articles/${htmlId}/suggestions`)).json()) as {
    items: { exact: string }[];
  };
  expect(suggested.items.some((s) => s.exact.includes("1,240"))).toBe(true);
  expect(suggested.items.filter((s) => /holiday|deals/.test(s.exact))).toEqual([]);

  await page.goto(`/articles/${htmlId}/cleaning`);
  await expect(page.getByRole("heading", { level: 1, name: "Removed by cleaning" })).toBeVisible();
  await expect(page.getByText("Nothing is left out.")).toHaveCount(0);
  await expect(block(page, "We use cookies")).toContainText("Outside the article");
  await expect(block(page, "Harbourwatcher")).toContainText("Outside the article");
  await expect(block(page, "Sponsored: Top 10 holiday deals")).toContainText("Advertisement");
  await expect(block(page, "Volunteers fill sandbags")).toContainText("Caption");
  await expect(block(page, "Sign up for The Daily Ledger")).toContainText("Newsletter prompt");
  await expect(block(page, "Most read this week")).toContainText("Sidebar");
  await expect(block(page, "© 2026 The Daily Ledger")).toContainText("Footer");
  await expect(block(page, "Weather")).toContainText("Navigation");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "test-results/cleaning-report-html-1280.png", fullPage: true });

  // A block Readability dropped is restored like any other, in its place.
  await block(page, "Volunteers fill sandbags")
    .getByRole("button", { name: /^Restore/ })
    .click();
  await expect(page.locator(".restore-status")).toContainText("(Caption)");
  await expect(block(page, "Volunteers fill sandbags")).toHaveCount(0);
  const after = (await (await page.request.get(`/api/articles/${htmlId}`)).json()) as { text: string };
  expect(after.text).toMatch(
    /half a metre\.\n\nVolunteers fill sandbags on Harbour Street on Monday morning\.\n\nThe council said/,
  );
});
