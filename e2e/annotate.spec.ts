import { expect, test, type Page } from "@playwright/test";
import { ReaderPage } from "./reader-page";
import { signInAsNewAnnotator } from "./annotators";

const CLINTON = "Hillary Clinton Meets With Russia's Foreign Minister About Syria";
const CEASEFIRE = "Russia ready to discuss Syria ceasefire at international talks";

/** Each test tags as an annotator of its own: one author may not tag the same span twice. */
async function openAsAnnotator(page: Page, title: string): Promise<ReaderPage> {
  await signInAsNewAnnotator(page, "annotate");
  await page.getByRole("link", { name: title, exact: true }).click();
  const reader = new ReaderPage(page);
  await reader.waitReady();
  return reader;
}

test("the annotator tags a casualty figure with the mouse, and a nested claim inside it", async ({ page }) => {
  const reader = await openAsAnnotator(page, CLINTON);

  await reader.dragSelect("over 30,000 people dead");
  const dialog = reader.tagDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("blockquote")).toHaveText("over 30,000 people dead");
  await expect(dialog.getByRole("radio", { name: "Casualty" })).toHaveAttribute("aria-checked", "true");
  await expect(dialog.getByLabel("Value", { exact: true })).toHaveValue("30000");
  await expect(dialog.getByLabel("Qualifier")).toHaveValue("more_than");
  await expect(dialog.getByLabel("Unit / what is counted")).toHaveValue("people dead");
  const outer = await reader.saveTagging(() => dialog.getByRole("button", { name: "Save" }).click());
  await expect(dialog).toBeHidden();
  expect(await reader.highlightText(outer.id)).toBe("over 30,000 people dead");

  await page.reload();
  await reader.waitReady();
  expect(await reader.highlightText(outer.id)).toBe("over 30,000 people dead");

  // Inside it: "30,000 people", tagged as a quantity with the 2 key.
  await reader.dragSelect("30,000 people", "over ");
  await expect(dialog).toBeVisible();
  await page.keyboard.press("2");
  await expect(dialog.getByRole("radio", { name: "Quantity" })).toHaveAttribute("aria-checked", "true");
  const inner = await reader.saveTagging(() => page.keyboard.press("Enter"));
  expect(await reader.highlightText(inner.id)).toBe("30,000 people");
  expect(await reader.highlightText(outer.id)).toBe("over 30,000 people dead");

  // Both stay clickable: the shared words open the inner claim, the outer-only words the outer.
  await reader.clickText("30,000", "over ");
  await expect(reader.panel()).toContainText("Quantity claim");
  await expect(reader.panel().locator("blockquote")).toHaveText("30,000 people");
  await reader.clickText("dead", "people ");
  await expect(reader.panel()).toContainText("Casualty claim");
  await expect(reader.panel().locator("blockquote")).toHaveText("over 30,000 people dead");
});

test("the annotator tags a claim with the keyboard only", async ({ page }) => {
  const reader = await openAsAnnotator(page, CLINTON);

  await reader.focusTextWithTab();
  // Down to the paragraph that starts "But chances of organizing…", then select three words.
  const index = await reader.paragraphIndex("But chances of organizing");
  for (let i = 0; i < index; i++) await page.keyboard.press("Alt+ArrowDown");
  for (let i = 0; i < "But chances of".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("t");

  const dialog = reader.tagDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("blockquote")).toHaveText("But chances of");
  await expect(dialog.getByRole("radio", { checked: true })).toBeFocused();
  await page.keyboard.press("4");
  await expect(dialog.getByRole("radio", { name: "Quote" })).toHaveAttribute("aria-checked", "true");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Unit / what is counted")).toBeFocused();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  await expect(dialog.getByLabel("Attributed to")).toBeFocused();
  await page.keyboard.type("Danielle Tarasiuk");
  const claim = await reader.saveTagging(() => page.keyboard.press("Enter"));
  await expect(dialog).toBeHidden();
  await expect(reader.text()).toBeFocused();
  expect(await reader.highlightText(claim.id)).toBe("But chances of");

  // Enter on the highlight (the caret sits at its end after saving: step back in) opens it.
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("Enter");
  await expect(reader.panel()).toContainText("Quote claim");
  await expect(reader.panel().getByLabel("Attributed to")).toHaveValue("Danielle Tarasiuk");
  await page.keyboard.press("Escape");
  await expect(reader.panel()).toBeHidden();

  await page.reload();
  await reader.waitReady();
  expect(await reader.highlightText(claim.id)).toBe("But chances of");
});

test("the annotator accepts a suggested casualty figure", async ({ page }) => {
  const reader = await openAsAnnotator(page, CEASEFIRE);

  await page.getByRole("button", { name: "Suggest claims" }).click();
  const suggestion = page.locator("[data-suggestion-key]", { hasText: "260,000" }).first();
  await expect(suggestion).toBeVisible();
  const exact = (await suggestion.textContent()) ?? "";
  expect(exact).toMatch(/260,000 people/);
  await suggestion.click();

  const dialog = page.getByRole("dialog", { name: "Suggested claim" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Casualty");
  await expect(dialog).toContainText("260,000");
  const claim = await reader.saveTagging(() => dialog.getByRole("button", { name: "Accept" }).click());
  expect(claim.value).toBe(260000);
  expect(claim.kind).toBe("casualty");
  await expect(dialog).toBeHidden();
  await expect(page.locator(`[data-suggestion-key="${claim.start}:${claim.end}"]`)).toHaveCount(0);
  expect(await reader.highlightText(claim.id)).toBe(claim.exact);

  await page.reload();
  await reader.waitReady();
  expect(await reader.highlightText(claim.id)).toBe(claim.exact);
});

/** Letters only: digits in a marker would be spotted as figures. */
function letters(length: number): string {
  return Array.from({ length }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join("");
}

test("a link to one claim scrolls to it and opens it in the side panel", async ({ page }) => {
  await signInAsNewAnnotator(page, "annotate");

  // A long article, so the linked claim sits far below the first screen.
  const marker = letters(10);
  const paragraphs = Array.from(
    { length: 60 },
    () =>
      `Paragraph ${letters(6)} of the ${marker} harbour report describes the ${letters(7)} quay, the ${letters(5)} cranes and the tide tables kept by the ${letters(8)} office.`,
  );
  paragraphs[52] = `The ${marker} harbour master said that ${marker} ferries were cancelled after the storm, and the quay stayed closed.`;
  const created = await page.request.post("/api/articles?force=true", {
    data: { title: `Harbour report ${marker}`, text: paragraphs.join("\n\n") },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: articleId } = (await created.json()) as { id: string };
  const { text } = (await (await page.request.get(`/api/articles/${articleId}`)).json()) as { text: string };
  const claimOn = async (phrase: string, kind: string) => {
    const start = text.indexOf(phrase);
    expect(start).toBeGreaterThan(0);
    const res = await page.request.post(`/api/articles/${articleId}/claims`, {
      data: { start, end: start + phrase.length, exact: phrase, kind },
    });
    expect(res.status(), await res.text()).toBe(201);
    return ((await res.json()) as { id: string }).id;
  };
  const outer = await claimOn(`${marker} ferries were cancelled after the storm`, "event");
  const inner = await claimOn(`${marker} ferries`, "quantity");

  // Opening the page at the fragment: the inner claim is on screen and open, the outer one listed beside it.
  await page.goto(`/articles/${articleId}#claim-${inner}`);
  const reader = new ReaderPage(page);
  await reader.waitReady();
  await expect(reader.panel()).toContainText("Quantity claim");
  await expect(reader.panel().locator("blockquote")).toHaveText(`${marker} ferries`);
  await expect(page.locator(`.reader-doc [data-claim-id="${inner}"]`).first()).toBeInViewport();

  // A fragment change on the same page (another link) opens the other claim.
  await page.evaluate((id) => {
    window.location.hash = `claim-${id}`;
  }, outer);
  await expect(reader.panel()).toContainText("Event claim");
  await expect(reader.panel().locator("blockquote")).toHaveText(`${marker} ferries were cancelled after the storm`);

  // From the claims table (a client-side navigation), the same.
  await page.goto(`/claims?articleId=${articleId}`);
  await page.getByRole("link", { name: `“${marker} ferries”`, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${articleId}#claim-${inner}$`));
  await reader.waitReady();
  await expect(reader.panel()).toContainText("Quantity claim");
  await expect(page.locator(`.reader-doc [data-claim-id="${inner}"]`).first()).toBeInViewport();
});

/** Signs in as a new annotator of the test's own and returns the address of an article's reader. */
async function articleUrl(page: Page, title: string): Promise<string> {
  await signInAsNewAnnotator(page, "annotate");
  const href = await page.getByRole("link", { name: title, exact: true }).getAttribute("href");
  expect(href).toMatch(/^\/articles\//);
  return href as string;
}

/**
 * The scripts the reader loads only after it is interactive (the editor's code), found by
 * opening the page once; routed through `gate` so a test can hold them back.
 */
async function holdEditorCode(page: Page, url: string): Promise<{ release: () => void; requested: () => boolean }> {
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName("reader:editor-ready").length > 0);
  const later = await page.evaluate(() => {
    const ready = performance.getEntriesByName("reader:ready")[0]?.startTime ?? Infinity;
    return (performance.getEntriesByType("resource") as PerformanceResourceTiming[])
      .filter((r) => r.initiatorType === "script" && r.startTime > ready)
      .map((r) => new URL(r.name).pathname);
  });
  expect(later.length, "the editor's code loads after the page is interactive").toBeGreaterThan(0);
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let requested = false;
  await page.route(
    (u) => later.includes(u.pathname),
    async (route) => {
      requested = true;
      await released;
      await route.continue();
    },
  );
  return { release, requested: () => requested };
}

test("opened directly, the reader tags by keyboard and mouse before its editor's code has arrived", async ({
  page,
}) => {
  const url = await articleUrl(page, CLINTON);
  const editorCode = await holdEditorCode(page, url);
  await page.goto(url);
  const reader = new ReaderPage(page);
  await reader.waitReady();

  // Keyboard: to the paragraph, select three words, T. Typing changes nothing meanwhile.
  await reader.focusTextWithTab();
  await expect.poll(editorCode.requested).toBe(true);
  const before = await reader.text().textContent();
  await page.keyboard.type("xy");
  expect(await reader.text().textContent()).toBe(before);
  const index = await reader.paragraphIndex("But chances of organizing");
  for (let i = 0; i < index; i++) await page.keyboard.press("Alt+ArrowDown");
  for (let i = 0; i < "But chances of".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("t");
  await page.waitForTimeout(300);
  await expect(reader.tagDialog()).toBeHidden();
  editorCode.release();
  const dialog = reader.tagDialog();
  await expect(dialog).toBeVisible();
  await expect(dialog.locator("blockquote")).toHaveText("But chances of");
  const claim = await reader.saveTagging(() => page.keyboard.press("Enter"));
  expect(claim.exact).toBe("But chances of");
  expect(await reader.highlightText(claim.id)).toBe("But chances of");

  // Mouse, on a fresh load with the editor's code held back again.
  const held = await holdEditorCode(page, url);
  await page.goto(url);
  await reader.waitReady();
  await reader.dragSelect("over 30,000 people dead");
  await expect.poll(held.requested).toBe(true);
  await expect(reader.tagDialog()).toBeHidden();
  held.release();
  await expect(reader.tagDialog().locator("blockquote")).toHaveText("over 30,000 people dead");
  await expect(reader.tagDialog().getByLabel("Value", { exact: true })).toHaveValue("30000");
  await page.keyboard.press("Escape");
  await expect(reader.tagDialog()).toBeHidden();
});

test("the caret the reader's keys moved before the editor's code arrived stays where they put it", async ({ page }) => {
  const url = await articleUrl(page, CLINTON);
  const editorCode = await holdEditorCode(page, url);
  await page.goto(url);
  const reader = new ReaderPage(page);
  await reader.waitReady();

  // Down to the paragraph while the code is held back; it arrives; then select and tag.
  await reader.focusTextWithTab();
  await expect.poll(editorCode.requested).toBe(true);
  const index = await reader.paragraphIndex("But chances of organizing");
  for (let i = 0; i < index; i++) await page.keyboard.press("Alt+ArrowDown");
  editorCode.release();
  await page.waitForFunction(() => performance.getEntriesByName("reader:editor-ready").length > 0);
  for (let i = 0; i < "But chances of".length; i++) await page.keyboard.press("Shift+ArrowRight");
  await page.keyboard.press("t");
  await expect(reader.tagDialog().locator("blockquote")).toHaveText("But chances of");
  await page.keyboard.press("Escape");
  await expect(reader.tagDialog()).toBeHidden();
});

test("a reader whose text was changed in the page before it started fetches the article instead of trusting it", async ({
  page,
}) => {
  const url = await articleUrl(page, CLINTON);
  // Same length, another figure: only the digest can tell.
  await page.route(
    (u) => u.pathname === url,
    async (route) => {
      if (route.request().resourceType() !== "document") return route.continue();
      const response = await route.fetch();
      const html = await response.text();
      const at = html.indexOf("30,000", html.indexOf("reader-doc"));
      expect(at).toBeGreaterThan(0);
      await route.fulfill({ response, body: `${html.slice(0, at)}31,000${html.slice(at + "30,000".length)}` });
    },
  );
  await page.goto(url);
  const reader = new ReaderPage(page);
  await page.waitForFunction(() => performance.getEntriesByName("reader:fetch-article").length > 0);
  await expect(reader.text()).toContainText("over 30,000 people dead");
  await expect(reader.text()).not.toContainText("31,000");
  await reader.waitReady();
  await reader.dragSelect("over 30,000 people dead");
  await expect(reader.tagDialog().locator("blockquote")).toHaveText("over 30,000 people dead");
});
