import { expect, test, type Browser, type Page } from "@playwright/test";
import { headerMeasured } from "./pages";
import { signedIn } from "./project-steps";
import { ReaderPage } from "./reader-page";

/**
 * What a screen reader, a keyboard and a small screen get: highlight names from the
 * accessibility tree, the caret's announcement, kinds told apart without colour, the review
 * queue's single announcement and focus, the header's menu and the claim sheet at phone width.
 * With E2E_SCREENSHOTS set, the pages are photographed at 1280 px, 200 % zoom and 390 px, and
 * the kinds under the three common colour-vision deficiencies.
 */

const SHOTS = process.env.E2E_SCREENSHOTS;
const ANNOTATOR = "annotator@claimbench.test";
const REVIEWER = "reviewer@claimbench.test";

const STORY = [
  "At least 40 people were killed when the bridge collapsed, the governor said on Monday.",
  "The ministry put the number of damaged schools at 212 across the province.",
  "Rescue teams arrived from the capital late on Sunday night.",
  "“We will rebuild every school by spring,” the governor told reporters.",
  "According to the regional health office, the hospitals were full.",
  "Some residents had warned about cracks in the bridge for years.",
].join("\n");

const CLAIMS: [phrase: string, attributes: Record<string, unknown>][] = [
  ["At least 40 people were killed", { kind: "casualty", value: 40, qualifier: "at_least" }],
  ["damaged schools at 212", { kind: "quantity", value: 212, qualifier: "exact" }],
  ["Rescue teams arrived from the capital", { kind: "event" }],
  ["We will rebuild every school by spring", { kind: "quote", attributedTo: "the governor" }],
  ["the hospitals were full", { kind: "attribution", attributedTo: "the regional health office" }],
  ["residents had warned about cracks", { kind: "other" }],
];

interface Setup {
  articleId: string;
  ids: string[];
}

async function setUp(page: Page): Promise<Setup> {
  const marker = Date.now().toString(36);
  const created = await page.request.post("/api/articles", {
    data: { title: `Bridge collapse ${marker}`, text: `${STORY}\nReference ${marker}.` },
  });
  expect(created.status(), await created.text()).toBe(201);
  const { id: articleId } = (await created.json()) as { id: string };
  const { text } = (await (await page.request.get(`/api/articles/${articleId}`)).json()) as { text: string };
  const ids: string[] = [];
  for (const [phrase, attributes] of CLAIMS) {
    const start = text.indexOf(phrase);
    const res = await page.request.post(`/api/articles/${articleId}/claims`, {
      data: { start, end: start + phrase.length, exact: phrase, ...attributes },
    });
    expect(res.status(), await res.text()).toBe(201);
    ids.push(((await res.json()) as { id: string }).id);
  }
  return { articleId, ids };
}

/** Window sizes: width, height, device scale, name (640 px at scale 2 is 200 % zoom of 1280). */
const DESKTOP = [1280, 900, 1, "1280"] as const;
const ZOOM_200 = [640, 450, 2, "zoom200"] as const;
const PHONE = [390, 844, 1, "390"] as const;

/** A new page signed in as `page` is, in a window of this size (scale 2 at 640 px is 200 % zoom). */
async function pageAt(browser: Browser, page: Page, width: number, height: number, scale: number): Promise<Page> {
  const context = await browser.newContext({
    viewport: { width, height },
    deviceScaleFactor: scale,
    storageState: await page.context().storageState(),
  });
  return context.newPage();
}

async function openReader(page: Page, articleId: string) {
  await page.goto(`/articles/${articleId}`);
  await expect(page.locator('.reader-text[data-ready="true"]')).toBeVisible();
}

/** Highlight names as the browser's accessibility tree has them (CDP), in document order. */
async function highlightNames(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send("Accessibility.getFullAXTree")) as {
    nodes: { role?: { value?: string }; name?: { value?: string } }[];
  };
  await cdp.detach();
  return nodes.filter((n) => n.role?.value === "mark").map((n) => n.name?.value ?? "");
}

async function focusNotOnBody(page: Page, after: string) {
  const tag = await page.evaluate(() => document.activeElement?.tagName ?? "none");
  expect(tag, `focus after ${after}`).not.toBe("BODY");
}

async function shoot(page: Page, name: string) {
  if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

test("highlights are named in the accessibility tree and the caret's claim is announced", async ({ browser }) => {
  const page = await signedIn(browser, ANNOTATOR);
  const { articleId } = await setUp(page);
  await openReader(page, articleId);

  // Each highlight: kind, status, author and the quote's first words.
  await expect
    .poll(() => highlightNames(page))
    .toContain("Quantity claim, Draft, by Ada Annotator: “damaged schools at 212”");
  const names = await highlightNames(page);
  expect(names).toHaveLength(CLAIMS.length);
  expect(names).toContain("Casualty claim, Draft, by Ada Annotator: “At least 40 people were killed”");
  expect(names).toContain("Quote claim, Draft, by Ada Annotator: “We will rebuild every school by…”");

  // The caret moving into a claim says which one, once, in the polite live region.
  const text = page.locator(".reader-doc");
  await text.focus();
  await page.evaluate(() => {
    const root = document.querySelector(".reader-doc")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const at = (n as Text).data.indexOf("Rescue teams");
      if (at >= 0) {
        const range = document.createRange();
        range.setStart(n, at);
        range.collapse(true);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return;
      }
    }
  });
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  const live = page.locator('.reading [role="status"][aria-live="polite"]');
  await expect(live).toHaveText("Event claim, Draft, by Ada Annotator: “Rescue teams arrived from the capital”");

  // Kinds differ by pattern, not colour alone: every kind's underline is drawn differently.
  const lines = await page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>(".reader-doc mark.hl"), (m) => ({
      kind: Array.from(m.classList).find((c) => c.startsWith("hl--") && !/^hl--h\d$/.test(c)),
      line: getComputedStyle(m).getPropertyValue("--hl-line").trim(),
    })),
  );
  const byKind = new Map(lines.map((l) => [l.kind, l.line]));
  expect(byKind.size).toBe(CLAIMS.length);
  expect(new Set(byKind.values()).size, "six kinds, six underline patterns").toBe(CLAIMS.length);

  if (SHOTS) {
    const cdp = await page.context().newCDPSession(page);
    await page.setViewportSize({ width: 900, height: 700 });
    await page.locator(".reader-text").scrollIntoViewIfNeeded();
    for (const type of ["none", "protanopia", "deuteranopia", "tritanopia"] as const) {
      await cdp.send("Emulation.setEmulatedVisionDeficiency", { type });
      await page.locator(".reader-text").screenshot({ path: `${SHOTS}/kinds-${type}.png` });
    }
    await cdp.send("Emulation.setEmulatedVisionDeficiency", { type: "none" });
  }
  await page.context().close();
});

test("at phone width the claim opens as a sheet in view, and the sections are a menu", async ({ browser }) => {
  const page = await signedIn(browser, ANNOTATOR);
  const { articleId, ids } = await setUp(page);
  for (const [width, height, scale, name] of [DESKTOP, ZOOM_200, PHONE]) {
    const p = await pageAt(browser, page, width, height, scale);
    const context = p.context();
    await openReader(p, articleId);
    // Once the claims' details are in, the highlights are redrawn with their names.
    const claim = p.locator(`[data-claim-id="${ids[5]}"][aria-label]`).first();
    await expect(claim).toBeAttached();
    await claim.scrollIntoViewIfNeeded();
    await claim.click();
    const heading = p.getByRole("heading", { level: 2, name: "Other claim" });
    await expect(heading).toBeFocused();
    await expect(heading).toBeInViewport();
    await shoot(p, `reader-panel-${name}`);

    // The sections that fit are in the row; the others behind "More" (200 %), or all behind
    // "Menu" (390 px). Nothing is cut off: each shown link lies inside the window.
    const nav = p.getByRole("navigation", { name: "Main" });
    await headerMeasured(p);
    const toggle = nav.getByRole("button", { name: { "1280": /^(More|Menu)$/, zoom200: "More", 390: "Menu" }[name] });
    const account = nav.getByRole("link", { name: "Account" });
    for (const link of await nav.getByRole("link").all()) {
      const box = await link.boundingBox();
      expect(box && box.x >= 0 && box.x + box.width <= width).toBe(true);
    }
    if (width < 760) {
      await expect(account).toBeHidden();
      await toggle.click();
      await expect(toggle).toHaveAttribute("aria-expanded", "true");
      await expect(account).toBeVisible();
      await expect(account).toBeInViewport({ ratio: 1 });
      await shoot(p, `navigation-${name}`);
      await p.keyboard.press("Escape");
      await expect(toggle).toBeFocused();
      await expect(account).toBeHidden();
      // A press outside the open menu closes it too.
      await toggle.click();
      await expect(account).toBeVisible();
      await p.mouse.click(2, height - 2);
      await expect(account).toBeHidden();
    } else {
      await expect(toggle).toBeHidden();
      await expect(account).toBeVisible();
      await shoot(p, `navigation-${name}`);
    }
    await context.close();
  }
  await page.context().close();
});

test("review queue: one tab stop, one announcement per decision, focus never on the page body", async ({ browser }) => {
  const annotator = await signedIn(browser, ANNOTATOR);
  const { articleId, ids } = await setUp(annotator);
  for (const id of ids.slice(0, 3)) {
    const claim = (await (await annotator.request.get(`/api/claims/${id}`)).json()) as { version: number };
    const res = await annotator.request.post(`/api/claims/${id}/submit`, { data: { version: claim.version } });
    expect(res.ok(), await res.text()).toBe(true);
  }
  await annotator.context().close();

  const page = await signedIn(browser, REVIEWER);
  for (const [width, height, scale, name] of [DESKTOP, ZOOM_200, PHONE]) {
    await page.setViewportSize({ width, height });
    if (scale === 1) {
      await page.goto(`/review?articleId=${articleId}`);
      await shoot(page, `review-${name}`);
    } else {
      const zoomed = await browser.newContext({
        viewport: { width, height },
        deviceScaleFactor: scale,
        storageState: await page.context().storageState(),
      });
      const z = await zoomed.newPage();
      await z.goto(`/review?articleId=${articleId}`);
      await shoot(z, `review-${name}`);
      await zoomed.close();
    }
  }
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/review?articleId=${articleId}`);
  const list = page.getByRole("navigation", { name: "Claims waiting for review" });
  await expect(list.getByRole("button")).toHaveCount(3);
  // Roving tabindex: the list is one tab stop; arrows move within it.
  await expect(list.locator('button[tabindex="0"]')).toHaveCount(1);
  await list.locator('button[aria-current="true"]').focus();
  await page.keyboard.press("ArrowDown");
  await expect(list.locator('button[aria-current="true"]')).toBeFocused();
  await expect(list.locator('button[aria-current="true"]')).toContainText("damaged schools at 212");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: /^Approve/ })).toBeFocused();

  // Escape from the comment puts focus back on the button that opened it.
  await page.keyboard.press("c");
  await expect(page.getByLabel("What should the annotator change?")).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: /^Request changes/ })).toBeFocused();

  // A decision: said once (one live region holds it), and focus goes on to the next claim.
  await page.getByRole("button", { name: /^Approve/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Approved" })).toHaveCount(1);
  const saying = await page.evaluate(
    () =>
      Array.from(document.querySelectorAll('[role="status"], [aria-live]')).filter((el) =>
        el.textContent?.includes("Approved"),
      ).length,
  );
  expect(saying, "one live region announces the decision").toBe(1);
  await focusNotOnBody(page, "approve");
  await expect(list.locator('button[aria-current="true"]')).toBeFocused();
  await page.context().close();
});

test("keyboard: claim to claim in the reader, the claims list, help and confirmations close on Escape", async ({
  browser,
}) => {
  const page = await signedIn(browser, ANNOTATOR);
  const { articleId } = await setUp(page);
  await openReader(page, articleId);
  await expect
    .poll(() => highlightNames(page))
    .toContain("Event claim, Draft, by Ada Annotator: “Rescue teams arrived from the capital”");

  // ] and [ move the caret claim to claim; each is announced.
  const live = page.locator('.reading [role="status"][aria-live="polite"]');
  await page.locator(".reader-doc").focus();
  await page.keyboard.press("Control+Home");
  await page.keyboard.press("]");
  await expect(live).toHaveText("Quantity claim, Draft, by Ada Annotator: “damaged schools at 212”");
  await page.keyboard.press("]");
  await expect(live).toHaveText("Event claim, Draft, by Ada Annotator: “Rescue teams arrived from the capital”");
  await page.keyboard.press("[");
  await expect(live).toHaveText("Quantity claim, Draft, by Ada Annotator: “damaged schools at 212”");
  await focusNotOnBody(page, "moving between claims");

  // Every claim, in reading order, one Tab stop each.
  await page.getByText(/All claims in the text/).click();
  const items = page.locator(".claim-list__item");
  await expect(items).toHaveCount(CLAIMS.length);
  await expect(items.nth(0)).toHaveText("Casualty claim, Draft, by Ada Annotator: “At least 40 people were killed”");
  await items.nth(2).press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Event claim" })).toBeFocused();

  // The delete question takes focus; Escape keeps the claim and focus returns to Delete….
  await page.getByRole("button", { name: "Delete…" }).press("Enter");
  const confirm = page.getByRole("group", { name: "Confirm delete" });
  await expect(confirm.getByRole("button", { name: "Delete", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("button", { name: "Delete…" })).toBeFocused();

  // The keyboard help closes on Escape, focus back on its toggle.
  const help = page.locator("details.shortcuts");
  await help.locator("summary").press("Enter");
  await expect(help).toHaveAttribute("open", "");
  await page.keyboard.press("Escape");
  await expect(help).not.toHaveAttribute("open", "");
  await expect(help.locator("summary")).toBeFocused();
  await page.context().close();
});

test("keyboard: verdict, evidence with a stance, and its deletion keep the focus off the page body", async ({
  browser,
}) => {
  const page = await signedIn(browser, ANNOTATOR);
  const { ids } = await setUp(page);
  await page.goto(`/claims/${ids[1]}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // Link an external source: stance, then the source's fields, sent with Enter.
  await page.getByRole("button", { name: "External source" }).press("Enter");
  await page.getByRole("radio", { name: /Supports/ }).focus();
  await page.keyboard.press("Space");
  await page.getByLabel("URL").fill("https://www.example.org/schools");
  await page.getByLabel("Title").fill("Schools damaged in the province");
  await page.getByRole("button", { name: "Link source" }).press("Enter");
  const cites = page.getByRole("list", { name: "Evidence this claim cites" });
  await expect(cites.getByRole("listitem")).toHaveCount(1);
  await focusNotOnBody(page, "linking evidence");
  // The next link asks for its stance afresh.
  await expect(page.getByRole("radio", { name: /Supports/ })).not.toBeChecked();

  // A verdict saved from the keyboard leaves focus on its button.
  await page.getByRole("radio", { name: "Supported" }).focus();
  await page.keyboard.press("Space");
  await page.getByLabel("Justification").fill("The ministry's own figure, cited by the source.");
  await page.getByRole("button", { name: "Save verdict" }).press("Enter");
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Save verdict" })).toBeFocused();

  // Deleting the link asks first; Escape keeps it; confirming moves focus to the section heading.
  await cites.getByRole("button", { name: /^Delete link to/ }).press("Enter");
  await expect(page.getByRole("button", { name: "Delete link", exact: true })).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(cites.getByRole("button", { name: /^Delete link to/ })).toBeFocused();
  await cites.getByRole("button", { name: /^Delete link to/ }).press("Enter");
  await page.getByRole("button", { name: "Delete link", exact: true }).press("Enter");
  await expect(cites.getByRole("listitem")).toHaveCount(0);
  await expect(page.getByRole("heading", { level: 2, name: /Evidence/ })).toBeFocused();
  await page.context().close();
});

test("at 200 % zoom and at 390 px the tag popover opens below the selection, never over it, and in view", async ({
  browser,
}) => {
  const page = await signedIn(browser, ANNOTATOR);
  const { articleId } = await setUp(page);
  for (const [width, height, scale, name] of [ZOOM_200, PHONE]) {
    const p = await pageAt(browser, page, width, height, scale);
    const context = p.context();
    await openReader(p, articleId);
    const reader = new ReaderPage(p);
    // A phrase near the bottom of the text, where a popover below has the least room, selected
    // from the keyboard (the popover's place is what is checked here, not the drag).
    await reader.focusTextWithTab();
    const index = await reader.paragraphIndex("Some residents");
    for (let i = 0; i < index; i++) await p.keyboard.press("Alt+ArrowDown");
    for (let i = 0; i < "Some residents had warned about cracks ".length; i++) await p.keyboard.press("ArrowRight");
    for (let i = 0; i < "in the bridge for years".length; i++) await p.keyboard.press("Shift+ArrowRight");
    await p.keyboard.press("t");
    const dialog = reader.tagDialog();
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeInViewport();
    const selection = await p.evaluate(() =>
      Array.from(document.querySelectorAll(".pending-span"), (el) => el.getBoundingClientRect()).map((r) => ({
        top: r.top,
        bottom: r.bottom,
        left: r.left,
        right: r.right,
      })),
    );
    expect(selection.length).toBeGreaterThan(0);
    const box = await dialog.boundingBox();
    for (const r of selection)
      expect(
        box &&
          (box.y >= r.bottom - 0.5 ||
            box.y + box.height <= r.top + 0.5 ||
            box.x >= r.right ||
            box.x + box.width <= r.left),
        `the popover (${JSON.stringify(box)}) covers the selection (${JSON.stringify(r)}) at ${name}`,
      ).toBe(true);
    // The selection's last line stays in view, below the sticky header and reader toolbar, and
    // so does Save.
    const toolbar = await p.locator(".reader-toolbar").boundingBox();
    const lastLine = selection[selection.length - 1];
    expect(
      lastLine && toolbar && lastLine.top >= toolbar.y + toolbar.height - 0.5 && lastLine.bottom <= height,
      `the selection's last line (${JSON.stringify(lastLine)}) is in view below the toolbar (${JSON.stringify(toolbar)})`,
    ).toBe(true);
    await expect(dialog.getByRole("button", { name: "Save" })).toBeInViewport({ ratio: 1 });
    await shoot(p, `tag-popover-${name}`);
    await context.close();
  }
  await page.context().close();
});
