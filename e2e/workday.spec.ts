import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage, signOut } from "./pages";

const ANNOTATOR = "annotator@claimbench.test";
const REVIEWER = "reviewer@claimbench.test";
const PHRASE = "More than 40,000 people";
const STORY = `${PHRASE} crossed the border in a single week, aid agencies said on Tuesday.`;

async function signInAs(page: Page, email: string) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
}

/** A new article (the phrase opens it) and the signed-in user's claim on the phrase. */
async function articleWithClaim(request: APIRequestContext) {
  const marker = Date.now().toString(36);
  const made = await request.post("/api/articles", {
    data: { title: `Crossings ${marker}`, text: `${STORY}\n\nReference ${marker}.` },
  });
  expect(made.status(), await made.text()).toBe(201);
  const { id } = (await made.json()) as { id: string };
  const claim = await request.post(`/api/articles/${id}/claims`, {
    data: { start: 0, end: PHRASE.length, exact: PHRASE, kind: "quantity", value: 40000, qualifier: "more_than" },
  });
  expect(claim.status(), await claim.text()).toBe(201);
  return { articleId: id, claimId: ((await claim.json()) as { id: string }).id };
}

test("a claim sent back reaches its author: header inbox, comment in the panel and on the claim page", async ({
  page,
}) => {
  await signInAs(page, ANNOTATOR);
  const { articleId, claimId } = await articleWithClaim(page.request);
  const submitted = await page.request.post(`/api/claims/${claimId}/submit`, { data: { version: 1 } });
  expect(submitted.status(), await submitted.text()).toBe(200);
  const version = ((await submitted.json()) as { claim: { version: number } }).claim.version;
  await signOut(page);

  await signInAs(page, REVIEWER);
  const comment = "The agencies counted arrivals, not crossings: say which.";
  const decided = await page.request.post(`/api/claims/${claimId}/review`, {
    data: { decision: "request_changes", comment, version },
  });
  expect(decided.status(), await decided.text()).toBe(200);
  await signOut(page);

  await signInAs(page, ANNOTATOR);
  const inboxLink = page.getByRole("link", { name: /^Sent back \d+ claims? to you$/ });
  await expect(inboxLink).toBeVisible();
  await inboxLink.click();
  await expect(page.getByRole("heading", { level: 1, name: "Sent back to you" })).toBeVisible();
  const item = page.locator(".sent-back-item").filter({ hasText: comment });
  await expect(item).toBeVisible();
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `test-results/workday-inbox-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });

  await item.getByRole("link", { name: "Open in the article" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}#claim-${claimId}$`));
  const panel = page.locator(".claim-panel");
  await expect(panel.getByRole("note", { name: "Why it came back" })).toContainText(comment);
  await page.screenshot({ path: "test-results/workday-panel-1280.png" });

  await panel.getByRole("link", { name: /Evidence, verdict and history/ }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Review" })).toBeVisible();
  await expect(page.getByRole("note", { name: "Why it came back" })).toContainText(comment);
  await page.setViewportSize({ width: 390, height: 900 });
  await page.screenshot({ path: "test-results/workday-claim-390.png" });
});

test("a slow click shows the progress bar and the loading state", async ({ page }) => {
  await signInAs(page, ANNOTATOR);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    // At the narrow width, as someone who asked for less motion: the bar shows whole, without moving.
    await page.emulateMedia({ reducedMotion: width < 500 ? "reduce" : "no-preference" });
    await page.goto("/articles");
    // Hold the next page's server response so the pending state can be seen.
    let release: () => void = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/claims**", async (route) => {
      await held;
      await route.continue();
    });
    const nav = page.getByRole("navigation", { name: "Main" });
    const link = nav.getByRole("link", { name: "Claims" });
    await link.scrollIntoViewIfNeeded();
    await link.click();
    await expect(page.locator(".link-progress[data-pending]")).toHaveCSS("opacity", "1");
    await page.screenshot({ path: `test-results/workday-pending-${width}.png` });
    release();
    await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
    await page.unrouteAll({ behavior: "wait" });
    await expect(page.locator(".link-progress[data-pending]")).toHaveCount(0);
  }
});
