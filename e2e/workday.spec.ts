import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage, signOut, openSection } from "./pages";
import { signInAsNewAnnotator } from "./annotators";
import { ReaderPage } from "./reader-page";

const ANNOTATOR = "annotator@claimbench.test";
const REVIEWER = "reviewer@claimbench.test";
const PHRASE = "More than 40,000 people";
const STORY = `${PHRASE} crossed the border in a single week, aid agencies said on Tuesday.`;

async function signInAs(page: Page, email: string, password = DEMO_PASSWORD) {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(email, password);
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
    // On a narrow screen the sections are behind the Menu button.
    if (width < 760) await nav.getByRole("button", { name: "Menu" }).click();
    await link.click();
    const bar = page.locator(".link-progress[data-pending]");
    await expect(bar).toBeVisible();
    await expect(bar).toHaveCSS("opacity", "1");
    await page.screenshot({ path: `test-results/workday-pending-${width}.png` });
    release();
    await expect(page.getByRole("heading", { level: 1, name: "Claims" })).toBeVisible();
    await page.unrouteAll({ behavior: "wait" });
    await expect(page.locator(".link-progress[data-pending]")).toHaveCount(0);
  }
});

test("the review loop through the UI only: tag, submit one claim, sent back with a comment, found from the header inbox, fixed, resubmitted, approved, undone, approved", async ({
  page,
}) => {
  const run = Date.now().toString(36);
  const title = `Border crossings ${run}`;
  const phrase = "More than 40,000 people";

  // The annotator imports a story, tags one figure and submits that claim from its panel.
  const me = await signInAsNewAnnotator(page, "workday");
  await openSection(page, "Import");
  await page.getByRole("radio", { name: "Text" }).check();
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Content").fill(`${STORY}\n\nThe figure ${run} comes from the agencies' weekly count.`);
  await page.getByRole("button", { name: "Import", exact: true }).click();
  await page.locator(".import-result").getByRole("link", { name: title }).click();
  const reader = new ReaderPage(page);
  await reader.waitReady();
  const articleId = new URL(page.url()).pathname.split("/")[2] ?? "";
  await reader.dragSelect(phrase);
  const dialog = reader.tagDialog();
  await expect(dialog.locator("blockquote")).toHaveText(phrase);
  await dialog.getByRole("radio", { name: "Quantity" }).click();
  const claim = await reader.saveTagging(() => dialog.getByRole("button", { name: "Save" }).click());

  await reader.clickText("40,000");
  const panel = reader.panel();
  const submit = panel.getByRole("button", { name: "Submit for review" });
  await expect(submit).toBeVisible();
  await submit.scrollIntoViewIfNeeded();
  await panel.screenshot({ path: "test-results/workday-panel-submit.png" });
  await page.screenshot({ path: "test-results/workday-reader-submit-1280.png" });
  await submit.click();
  await expect(panel.getByRole("status").filter({ hasText: "Submitted for review." })).toBeFocused();
  await expect(panel.locator(".status")).toHaveText("Submitted");
  await signOut(page);

  // The reviewer sends it back with a comment from the queue.
  await signInAs(page, REVIEWER);
  const openQueue = async () => {
    await openSection(page, "Review");
    await page.getByLabel("Article", { exact: true }).selectOption(articleId);
    await page.getByRole("button", { name: "Apply" }).click();
    await expect(page).toHaveURL(new RegExp(`articleId=${articleId}`));
  };
  const queueItems = () => page.getByRole("navigation", { name: "Claims waiting for review" }).getByRole("button");
  await openQueue();
  await expect(queueItems()).toHaveCount(1);
  const comment = `Say which agencies counted (${run}).`;
  await page.keyboard.press("c");
  await page.getByLabel(/What should the annotator change/).fill(comment);
  await page.keyboard.press("Control+Enter");
  await expect(page.getByRole("status").filter({ hasText: "Sent back for changes:" })).toContainText(phrase);
  await signOut(page);

  // The annotator finds the comment from the header's inbox in one click, fixes and resubmits.
  await signInAs(page, me.email, me.password);
  await page.getByRole("link", { name: "Sent back 1 claim to you" }).click();
  const item = page.locator(".sent-back-item").filter({ hasText: comment });
  await expect(item).toBeVisible();
  await item.getByRole("link", { name: "Open in the article" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}#claim-${claim.id}$`));
  await reader.waitReady();
  await expect(panel.getByRole("note", { name: "Why it came back" })).toContainText(comment);
  await panel.getByLabel("Attributed to").fill("UNHCR and IOM");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await panel.getByRole("button", { name: "Resubmit for review" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Submitted for review." })).toBeVisible();
  // The header's count follows at once, without a reload.
  await expect(page.getByRole("link", { name: "Sent back 0 claims to you" })).toBeVisible();
  await signOut(page);

  // The reviewer approves, takes it back with Undo, and approves again.
  await signInAs(page, REVIEWER);
  await openQueue();
  await expect(queueItems()).toHaveCount(1);
  await expect(page.getByRole("region", { name: /“/ })).toContainText(comment);
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Approved:" })).toContainText(phrase);
  await expect(page.getByText("The queue is empty")).toBeVisible();
  await page.screenshot({ path: "test-results/workday-undo-1280.png" });
  await page.getByRole("button", { name: /^Undo/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone:" })).toContainText(phrase);
  await expect(queueItems()).toHaveCount(1);
  await expect(queueItems().first()).toBeFocused();
  const undone = (await (await page.request.get(`/api/claims/${claim.id}`)).json()) as { status: string };
  expect(undone.status).toBe("submitted");
  await page.keyboard.press("a");
  await expect(page.getByRole("status").filter({ hasText: "Approved:" })).toContainText(phrase);
  const approved = (await (await page.request.get(`/api/claims/${claim.id}`)).json()) as { status: string };
  expect(approved.status).toBe("approved");
});
