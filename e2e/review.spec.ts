import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage, signOut, openSection } from "./pages";

const ANNOTATOR = { email: "annotator@claimbench.test", name: "Ada Annotator" };
const REVIEWER = { email: "reviewer@claimbench.test", name: "Rui Reviewer" };

const STORY = [
  "Aid agencies said on Tuesday that more than 40,000 people had crossed the border in a single week.",
  "The ministry put the number of damaged schools at 212, and a further 35 clinics were closed.",
  "Officials expect the convoy of 18 trucks to arrive by Friday.",
].join("\n");

interface Article {
  id: string;
  title: string;
  text: string;
}

async function signInAs(page: Page, email: string) {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn(email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
}

/** A new article only this run uses, so other specs' claims never show in its queue. */
async function importArticle(request: APIRequestContext): Promise<Article> {
  const marker = Date.now().toString(36);
  const res = await request.post("/api/articles", {
    data: { title: `Border crossings ${marker}`, text: `${STORY}\nReference ${marker}.` },
  });
  expect(res.status(), await res.text()).toBe(201);
  const { id } = (await res.json()) as { id: string };
  const read = await request.get(`/api/articles/${id}`);
  expect(read.ok()).toBe(true);
  return (await read.json()) as Article;
}

/** Tags `phrase` as a claim through the API as the signed-in user (the article page is the tagging UI). */
async function tag(
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

/** The dashboard's "Your claims to submit" table, as an annotator uses it. */
async function submitAllFromDashboard(page: Page, article: Article, count: number) {
  await openSection(page, "Dashboard");
  await expect(page.getByRole("heading", { level: 1, name: "Dashboard" })).toBeVisible();
  await page
    .getByRole("button", { name: `Submit ${count} claim${count === 1 ? "" : "s"} on ${article.title} for review` })
    .click();
  await expect(page.getByRole("status").filter({ hasText: `Submitted ${count} claim` })).toContainText(article.title);
}

/** The reviewer queue, driven from the keyboard. */
class ReviewQueuePage {
  constructor(private readonly page: Page) {}

  async open(article: Article) {
    await openSection(this.page, "Review");
    await expect(this.page.getByRole("heading", { level: 1, name: "Review" })).toBeVisible();
    await this.page.getByLabel("Article", { exact: true }).selectOption(article.id);
    await this.page.getByRole("button", { name: "Apply" }).click();
    await expect(this.page).toHaveURL(new RegExp(`articleId=${article.id}`));
  }

  items() {
    return this.page.getByRole("navigation", { name: "Claims waiting for review" }).getByRole("button");
  }

  current() {
    return this.page
      .getByRole("navigation", { name: "Claims waiting for review" })
      .locator('button[aria-current="true"]');
  }

  detail() {
    return this.page.getByRole("region", { name: /“/ });
  }
}

test("annotator submits; reviewer approves with the keyboard, sends one back; it is fixed, resubmitted, approved; the history shows every step", async ({
  page,
}) => {
  // The annotator tags two claims and submits both from the dashboard.
  await signInAs(page, ANNOTATOR.email);
  const article = await importArticle(page.request);
  const crossed = await tag(page.request, article, "more than 40,000 people", {
    kind: "quantity",
    value: 40000,
    qualifier: "more_than",
    unit: "people",
  });
  const schools = await tag(page.request, article, "damaged schools at 212", {
    kind: "quantity",
    value: 212,
    qualifier: "exact",
  });
  await submitAllFromDashboard(page, article, 2);
  // Other specs leave drafts on other articles; this article's row is gone once submitted.
  await expect(page.getByRole("button", { name: new RegExp(`on ${article.title} for review`) })).toHaveCount(0);
  await signOut(page);

  // The reviewer works the queue from the keyboard: j/k move, a approves, c asks for changes.
  await signInAs(page, REVIEWER.email);
  const queue = new ReviewQueuePage(page);
  await queue.open(article);
  await expect(queue.items()).toHaveCount(2);
  const count = page.locator(".page-header__lede");
  await expect(count).toHaveText("2 claims match these filters, oldest first.");
  await expect(queue.current()).toContainText("more than 40,000 people");
  await expect(queue.detail().locator("mark")).toHaveText("more than 40,000 people");
  await page.keyboard.press("j");
  await expect(queue.current()).toContainText("damaged schools at 212");
  await expect(queue.current()).toBeFocused();
  await page.keyboard.press("k");
  await expect(queue.current()).toContainText("more than 40,000 people");
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Approved:" })).toContainText("more than 40,000 people");
  await expect(queue.items()).toHaveCount(1);
  // The header's count follows the decisions made in the page.
  await expect(count).toHaveText("1 claim matches these filters, oldest first.");
  await expect(queue.current()).toContainText("damaged schools at 212");

  await page.keyboard.press("c");
  const comment = page.getByLabel(/What should the annotator change/);
  await expect(comment).toBeFocused();
  await expect(comment).toHaveValue("");
  await comment.fill("Say that the ministry is the source.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Sent back for changes:" })).toContainText(
    "damaged schools at 212",
  );
  await expect(page.getByText("The queue is empty")).toBeVisible();
  await expect(count).toHaveText("0 claims match these filters.");
  await signOut(page);

  // The annotator fixes the claim and resubmits it.
  await signInAs(page, ANNOTATOR.email);
  const current = (await (await page.request.get(`/api/claims/${schools}`)).json()) as {
    version: number;
    status: string;
  };
  expect(current.status).toBe("changes_requested");
  const fixed = await page.request.patch(`/api/claims/${schools}`, {
    data: { version: current.version, attributedTo: "the ministry" },
  });
  expect(fixed.status(), await fixed.text()).toBe(200);
  await submitAllFromDashboard(page, article, 1);
  await signOut(page);

  // The reviewer sees the earlier round beside the claim and approves.
  await signInAs(page, REVIEWER.email);
  await queue.open(article);
  await expect(queue.items()).toHaveCount(1);
  await expect(queue.detail()).toContainText("Say that the ministry is the source.");
  await expect(queue.detail()).toContainText("the ministry");
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Approved:" })).toContainText("damaged schools at 212");

  // Its review record tells the whole story: who did what, and when.
  await page.goto(`/review/${schools}`);
  await expect(page.getByRole("heading", { level: 1, name: "Review record" })).toBeVisible();
  const steps = page
    .getByRole("region", { name: "History" })
    .getByRole("listitem")
    .filter({ has: page.locator("time") });
  const expected = [
    `${ANNOTATOR.name} created the claim`,
    `${ANNOTATOR.name} submitted it for review`,
    `${REVIEWER.name} requested changes`,
    `${ANNOTATOR.name} edited the claim`,
    `${ANNOTATOR.name} resubmitted it for review`,
    `${REVIEWER.name} approved it`,
  ];
  await expect(steps).toHaveCount(expected.length);
  for (const [i, text] of expected.entries()) {
    await expect(steps.nth(i)).toContainText(text);
    await expect(steps.nth(i).locator("time")).toHaveText(/\d{1,2} \w{3} \d{4}, \d{2}:\d{2} UTC/);
  }
  await expect(steps.nth(2)).toContainText("Say that the ministry is the source.");
  await expect(steps.nth(3)).toContainText(/Attributed to\s*—\s*→?\s*changed to\s*the ministry/);

  // The first claim was approved at the first pass.
  const first = (await (await page.request.get(`/api/claims/${crossed}/history`)).json()) as {
    items: { action: string; actor: { name: string } }[];
  };
  expect(first.items.map((e) => e.action)).toEqual(["claim.create", "claim.submit", "claim.approve"]);
  expect(first.items[2]?.actor.name).toBe(REVIEWER.name);
});

test("a decision that lost the race says someone else decided, and saves nothing", async ({ page }) => {
  await signInAs(page, ANNOTATOR.email);
  const article = await importArticle(page.request);
  await tag(page.request, article, "convoy of 18 trucks", {
    kind: "quantity",
    value: 18,
    qualifier: "exact",
    unit: "trucks",
  });
  await submitAllFromDashboard(page, article, 1);
  await signOut(page);

  await signInAs(page, REVIEWER.email);
  const queue = new ReviewQueuePage(page);
  await queue.open(article);
  await expect(queue.current()).toContainText("convoy of 18 trucks");
  const claimId = (await (await page.request.get(`/api/claims?articleId=${article.id}`)).json()).items[0].id as string;
  const version = (await (await page.request.get(`/api/claims/${claimId}`)).json()).version as number;

  // Another tab decides first.
  const elsewhere = await page.request.post(`/api/claims/${claimId}/review`, {
    data: { decision: "reject", comment: "Duplicate of an earlier claim", version },
  });
  expect(elsewhere.status()).toBe(200);

  await page.keyboard.press("a");
  const alert = page.getByRole("alert").filter({ hasText: "Someone else decided first" });
  await expect(alert).toContainText(`now rejected by ${REVIEWER.name}`);
  await expect(alert).toContainText("Your decision was not saved");
  await expect(page.getByRole("button", { name: /^Approve/ })).toBeDisabled();
  await alert.getByRole("button", { name: "Remove from the queue" }).click();
  await expect(page.getByText("The queue is empty")).toBeVisible();
  const stored = (await (await page.request.get(`/api/claims/${claimId}`)).json()) as { status: string };
  expect(stored.status).toBe("rejected");
});

test("a reviewer rewrites a claim's statement in the queue; it is saved, approved and exported", async ({ page }) => {
  await signInAs(page, ANNOTATOR.email);
  const article = await importArticle(page.request);
  const claimId = await tag(page.request, article, "convoy of 18 trucks", { kind: "quantity", value: 18 });
  await submitAllFromDashboard(page, article, 1);
  await signOut(page);

  await signInAs(page, REVIEWER.email);
  const queue = new ReviewQueuePage(page);
  await queue.open(article);
  const edit = queue.detail().getByRole("button", { name: "Edit statement" });
  await edit.click();
  const box = queue.detail().getByLabel("Statement (self-contained)");
  await expect(box).toBeFocused();
  // The prefilled sentence (from the article) is there to rewrite.
  await expect(box).toHaveValue(/Officials expect the convoy of 18 trucks to arrive by Friday/);
  // Escape cancels and gives focus back to Edit.
  await page.keyboard.press("Escape");
  await expect(edit).toBeFocused();
  await edit.click();
  const statement = "Officials expect a convoy of 18 aid trucks to reach the border by Friday.";
  await box.fill(`a ${"x".repeat(1000)}`);
  await page.keyboard.press("Control+Enter");
  await expect(queue.detail().getByRole("alert")).toContainText("at most 1000 characters");
  await expect(queue.items()).toHaveCount(1);
  await box.fill(statement);
  await queue.detail().getByRole("button", { name: "Save statement" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Statement saved." })).toBeAttached();
  await expect(edit).toBeFocused();
  await expect(queue.detail()).toContainText(statement);

  // The decision goes with the version the edit left, so it is not mistaken for someone else's change.
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Approved:" })).toContainText("convoy of 18 trucks");
  const stored = (await (await page.request.get(`/api/claims/${claimId}`)).json()) as {
    status: string;
    statement: string;
  };
  expect(stored).toMatchObject({ status: "approved", statement });
  const exported = await page.request.get(`/api/export?format=jsonl&articleId=${article.id}`);
  expect(exported.status()).toBe(200);
  const lines = (await exported.text())
    .trim()
    .split("\n")
    .map((l) => JSON.parse(l) as { id: string; statement: string });
  expect(lines.map((l) => [l.id, l.statement])).toEqual([[claimId, statement]]);
});
