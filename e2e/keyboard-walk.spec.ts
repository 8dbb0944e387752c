import { expect, test, type Locator, type Page } from "@playwright/test";
import { ReaderPage } from "./reader-page";
import { shoot, signedIn } from "./project-steps";

/**
 * The walk a keyboard-only annotator and reviewer make, with nothing but keys after the page is
 * open: tag a claim in the reader, open its page, link a source with a stance, give a verdict,
 * submit it, and approve it in the review queue. Controls are reached with Tab (and the arrow
 * keys inside a radio group), never by focusing them from the test; after every action the
 * focus must be somewhere meaningful, never on the page's body.
 */

const ANNOTATOR = "annotator@claimbench.test";
const REVIEWER = "reviewer@claimbench.test";
const PHRASE = "damaged schools at 212";

/** The focused element, said as a person would look for it (for failure messages). */
const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return "BODY";
    return `${el.tagName.toLowerCase()} ${el.getAttribute("aria-label") ?? el.textContent?.trim().slice(0, 40) ?? ""}`;
  });

async function focusNotOnBody(page: Page, after: string) {
  expect(await focused(page), `focus after ${after}`).not.toBe("BODY");
}

const isFocused = (target: Locator) => target.evaluate((el) => el === document.activeElement).catch(() => false);

/** Presses Tab until the focus is inside `group` (a radio group takes it on its checked radio, or the first). */
async function tabInto(page: Page, group: Locator, most = 60) {
  for (let i = 0; i < most; i++) {
    if (await group.evaluate((el) => el.contains(document.activeElement)).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Tab never reached the group (focus is on ${await focused(page)})`);
}

/** Presses Tab (or `key`) until `target` has the focus; fails if it never comes. */
async function pressUntil(page: Page, target: Locator, key = "Tab", most = 60) {
  for (let i = 0; i < most; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  await expect(target, `${key} reaches it (focus is on ${await focused(page)})`).toBeFocused({ timeout: 1 });
}

test("keyboard only: tag, link a source with a stance, verdict, submit, and the reviewer approves; focus never on the body", async ({
  browser,
}) => {
  const page = await signedIn(browser, ANNOTATOR);
  const marker = Date.now().toString(36);
  const story = [
    `Bridge collapse ${marker}`,
    "At least 40 people were killed when the bridge collapsed, the governor said on Monday.",
    "The ministry put the number of damaged schools at 212 across the province.",
  ].join("\n");
  const created = await page.request.post("/api/articles", { data: { title: `Keyboard walk ${marker}`, text: story } });
  expect(created.status(), await created.text()).toBe(201);
  const { id: articleId } = (await created.json()) as { id: string };

  // The reader: Tab into the text, down to the paragraph, select the phrase, t tags it.
  await page.goto(`/articles/${articleId}`);
  const reader = new ReaderPage(page);
  await reader.waitReady();
  await reader.focusTextWithTab();
  const index = await reader.paragraphIndex("The ministry put");
  for (let i = 0; i < index; i++) await page.keyboard.press("Alt+ArrowDown");
  for (let i = 0; i < "The ministry put the number of ".length; i++) await page.keyboard.press("ArrowRight");
  for (let i = 0; i < PHRASE.length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("t");
  const dialog = reader.tagDialog();
  await expect(dialog.locator("blockquote")).toHaveText(PHRASE);
  await focusNotOnBody(page, "opening the tag dialog");

  // Quantity (key 2), the figure, saved with Enter: focus goes back to the text.
  await page.keyboard.press("2");
  await expect(dialog.getByRole("radio", { name: "Quantity" })).toHaveAttribute("aria-checked", "true");
  await pressUntil(page, dialog.getByLabel("Value"));
  await page.keyboard.type("212");
  const claim = await reader.saveTagging(() => page.keyboard.press("Enter"));
  await expect(dialog).toBeHidden();
  await expect(reader.text()).toBeFocused();

  // Enter on the highlight opens the claim; its link leads to the claim's page.
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(reader.panel()).toContainText("Quantity claim");
  await focusNotOnBody(page, "opening the claim");
  await pressUntil(page, reader.panel().getByRole("link", { name: /Evidence, verdict and history/ }));
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/claims/${claim.id}$`));
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  // A page load starts at the top: the first Tab is the skip link.
  await page.keyboard.press("Tab");
  await expect(page.getByRole("link", { name: "Skip to content" })).toBeFocused();

  // An external source with the stance "Supports", linked with Enter.
  await pressUntil(page, page.getByRole("button", { name: "External source" }));
  await page.keyboard.press("Enter");
  const stances = page.getByRole("group", { name: /^Stance/ });
  await tabInto(page, stances);
  await pressUntil(page, page.getByRole("radio", { name: /Supports/ }), "ArrowDown", 6);
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: /Supports/ })).toBeChecked();
  await pressUntil(page, page.getByLabel("URL"));
  await page.keyboard.type("https://www.example.org/schools");
  await pressUntil(page, page.getByLabel("Title"));
  await page.keyboard.type("Schools damaged in the province");
  await pressUntil(page, page.getByRole("button", { name: "Link source" }));
  await page.keyboard.press("Enter");
  const cites = page.getByRole("list", { name: "Evidence this claim cites" });
  await expect(cites.getByRole("listitem")).toHaveCount(1);
  await expect(cites).toContainText("Schools damaged in the province");
  await focusNotOnBody(page, "linking the source");

  // The verdict: Supported, a justification, saved with Enter (focus stays on Save).
  const verdicts = page.getByRole("group", { name: "Verdict", exact: true });
  await tabInto(page, verdicts);
  await pressUntil(page, page.getByRole("radio", { name: "Supported" }), "ArrowDown", 6);
  await page.keyboard.press("Space");
  await expect(page.getByRole("radio", { name: "Supported" })).toBeChecked();
  await pressUntil(page, page.getByLabel("Justification"));
  await page.keyboard.type("The ministry's own figure, cited by the source.");
  await pressUntil(page, page.getByRole("button", { name: "Save verdict" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await focusNotOnBody(page, "saving the verdict");

  // Submit from the claim's page: the outcome takes the focus.
  await pressUntil(page, page.getByRole("button", { name: "Submit for review" }), "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Submitted for review." })).toBeFocused();
  const stored = (await (await page.request.get(`/api/claims/${claim.id}`)).json()) as { status: string };
  expect(stored.status).toBe("submitted");
  await page.context().close();

  // The reviewer finds it in the claims list and opens its page (a client-side navigation: the
  // focus goes to the new page's heading, not back to the body)…
  const reviewer = await signedIn(browser, REVIEWER);
  await reviewer.goto(`/claims?articleId=${articleId}`);
  await pressUntil(reviewer, reviewer.getByRole("link", { name: "Claim page" }));
  await reviewer.keyboard.press("Enter");
  await expect(reviewer).toHaveURL(new RegExp(`/claims/${claim.id}$`));
  await expect(reviewer.getByRole("heading", { level: 1 })).toBeFocused();
  await shoot(reviewer, "claim-page-focused-heading");

  // …then, in the queue, approves it with a.
  await reviewer.goto(`/review?articleId=${articleId}`);
  const queue = reviewer.getByRole("navigation", { name: "Claims waiting for review" });
  await pressUntil(reviewer, queue.locator('button[aria-current="true"]'));
  await expect(queue.locator('button[aria-current="true"]')).toContainText(PHRASE);
  await reviewer.keyboard.press("a");
  await expect(reviewer.getByRole("status").filter({ hasText: "Approved:" })).toContainText(PHRASE);
  await focusNotOnBody(reviewer, "approving");
  const approved = (await (await reviewer.request.get(`/api/claims/${claim.id}`)).json()) as { status: string };
  expect(approved.status).toBe("approved");
  await reviewer.context().close();
});
