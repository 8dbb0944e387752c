import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { openSection } from "./pages";
import { signInAsNewAnnotator } from "./annotators";

const ARTICLE_TITLE = "Hillary Clinton Meets With Russia's Foreign Minister About Syria";

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
  const res = await request.get(`/api/articles/${hit.id}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as Article;
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
    data: { start, end: start + phrase.length, exact: phrase, ...attributes },
  });
  expect(res.status(), await res.text()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** Each test works as an annotator of its own: one author may not tag the same span twice. */
async function signInAsAnnotator(page: Page) {
  await signInAsNewAnnotator(page, "claims-table");
}

/** Body rows of the claims table (the header row holds column headers, not cells). */
function claimRows(page: Page) {
  return page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
}

test("the claims table filters, searches, sorts and links to the claim", async ({ page }) => {
  await signInAsAnnotator(page);
  const article = await findArticle(page.request, ARTICLE_TITLE);
  // Other tests may claim the same phrases; this run's claims carry a note only they have.
  const marker = `claims-table-e2e-${Date.now().toString(36)}`;
  const dead = await claimPhrase(page.request, article, "over 30,000 people dead", {
    kind: "casualty",
    value: 30000,
    qualifier: "more_than",
    unit: "people dead",
    note: marker,
  });
  await claimPhrase(page.request, article, "more than 40,000 people", {
    kind: "casualty",
    value: 40000,
    qualifier: "more_than",
    unit: "people",
    note: marker,
  });
  await claimPhrase(page.request, article, "20-month civil war", {
    kind: "quantity",
    value: 20,
    qualifier: "exact",
    unit: "months",
    note: marker,
  });

  await openSection(page, "Claims");
  await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();

  // Narrow to this run's claims through the form; blank fields do not end up in the URL.
  await page.getByLabel("Article", { exact: true }).selectOption(article.id);
  await page.getByLabel("Search", { exact: true }).fill(marker);
  await page.getByRole("button", { name: "Apply" }).click();
  // The blank fields the form sends are dropped by a redirect: wait for the address after it.
  await expect(page).toHaveURL(new RegExp(`^(?!.*(?:kind|valueMin)=).*articleId=${article.id}`));
  await expect(claimRows(page)).toHaveCount(3);
  await expect(page.getByText("3 claims match these filters")).toBeVisible();

  await page.getByLabel("Kind", { exact: true }).selectOption("casualty");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/kind=casualty/);
  await expect(claimRows(page)).toHaveCount(2);
  await expect(claimRows(page).filter({ hasText: "20-month civil war" })).toHaveCount(0);
  for (const row of await claimRows(page).all()) await expect(row.getByText("Casualty", { exact: true })).toBeVisible();

  await page.getByLabel("Kind", { exact: true }).selectOption("");
  await page.getByLabel("Min value", { exact: true }).fill("35000");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/valueMin=35000/);
  await expect(claimRows(page)).toHaveCount(1);
  await expect(claimRows(page).first()).toContainText("more than 40,000 people");
  await expect(claimRows(page).first()).toContainText("> 40,000");

  // Text search on the quote itself: other runs may have the same quote, but nothing else matches.
  await page.getByLabel("Min value", { exact: true }).fill("");
  await page.getByLabel("Search", { exact: true }).fill("20-month civil");
  await page.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(/q=20-month\+civil/);
  await expect(claimRows(page).first()).toContainText("20-month civil war");
  for (const row of await claimRows(page).all()) await expect(row).toContainText("20-month civil war");

  // Sorting by value: ascending, then descending, with aria-sort on the header.
  await page.goto(`/claims?articleId=${article.id}&q=${marker}`);
  await page.getByRole("link", { name: /^Value/ }).click();
  await expect(page).toHaveURL(/sort=value/);
  await expect(page.getByRole("columnheader", { name: /Value/ })).toHaveAttribute("aria-sort", "ascending");
  await expect(claimRows(page).nth(0)).toContainText("20-month civil war");
  await expect(claimRows(page).nth(1)).toContainText("over 30,000 people dead");
  await expect(claimRows(page).nth(2)).toContainText("more than 40,000 people");
  await page.getByRole("link", { name: /^Value/ }).click();
  await expect(page).toHaveURL(/sort=-value/);
  await expect(page.getByRole("columnheader", { name: /Value/ })).toHaveAttribute("aria-sort", "descending");
  await expect(claimRows(page).nth(0)).toContainText("more than 40,000 people");
  await expect(claimRows(page).nth(2)).toContainText("20-month civil war");

  await claimRows(page).getByRole("link", { name: "over 30,000 people dead" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${article.id}#claim-${dead}$`));
});

test("a link with unusable filter values explains itself", async ({ page }) => {
  await signInAsAnnotator(page);
  await page.goto("/claims?valueMin=abc&kind=bogus");
  const alert = page.getByRole("main").getByRole("alert");
  await expect(alert).toContainText("Min value “abc” must be a finite number");
  await expect(alert).toContainText("Kind “bogus” must be one of");
  await expect(page.getByRole("table")).toHaveCount(0);
  await expect(page.getByLabel("Min value", { exact: true })).toHaveAttribute("aria-invalid", "true");
});

test("the article list counts claims and links to them", async ({ page }) => {
  await signInAsAnnotator(page);
  const article = await findArticle(page.request, ARTICLE_TITLE);
  await claimPhrase(page.request, article, "over 30,000 people dead", {
    kind: "casualty",
    value: 30000,
    qualifier: "more_than",
  });

  await page.goto("/articles");
  await expect(page.getByRole("columnheader", { name: "Claims" })).toBeVisible();
  const row = page.getByRole("row").filter({ has: page.getByRole("link", { name: ARTICLE_TITLE, exact: true }) });
  const count = row.getByRole("link", { name: new RegExp(`^\\d+ claims? on ${ARTICLE_TITLE}$`) });
  await expect(count).toHaveAttribute("href", `/claims?articleId=${article.id}`);
  const shown = Number.parseInt(await count.innerText(), 10);
  expect(shown).toBeGreaterThanOrEqual(1);

  await count.click();
  await expect(page).toHaveURL(new RegExp(`/claims\\?articleId=${article.id}$`));
  await expect(page.getByLabel("Article", { exact: true })).toHaveValue(article.id);
  await expect(page.getByText(`Showing 1–${Math.min(shown, 25)} of ${shown}`)).toBeVisible();
});
