import { expect, type Page } from "@playwright/test";
import { phraseBox } from "./pages";

export interface CreatedClaim {
  id: string;
  start: number;
  end: number;
  exact: string;
  kind: string;
  value: number | null;
}

/** The annotation reader as an annotator uses it. */
export class ReaderPage {
  constructor(private readonly page: Page) {}

  async waitReady() {
    await expect(this.page.locator('.reader-text[data-ready="true"]')).toBeVisible();
  }

  text() {
    return this.page.getByRole("textbox", { name: "Article text" });
  }

  tagDialog() {
    return this.page.getByRole("dialog", { name: "Tag claim" });
  }

  panel() {
    return this.page.locator(".claim-panel");
  }

  /** Selects a phrase by dragging the mouse across it, as a person would. */
  async dragSelect(phrase: string, after = "") {
    const box = await phraseBox(this.page, phrase, after);
    await this.page.mouse.move(box.x1, box.y1);
    await this.page.mouse.down();
    await this.page.mouse.move(box.x2, box.y2, { steps: 12 });
    await this.page.mouse.up();
  }

  /** Clicks the middle of a phrase. */
  async clickText(phrase: string, after = "") {
    const box = await phraseBox(this.page, phrase, after);
    await this.page.mouse.click(box.cx, box.y1);
  }

  /** Runs `save` and returns the claim the server created. */
  async saveTagging(save: () => Promise<void>): Promise<CreatedClaim> {
    const created = this.page.waitForResponse(
      (r) => r.request().method() === "POST" && /\/api\/articles\/[^/]+\/claims$/.test(r.url()),
    );
    await save();
    const response = await created;
    expect(response.status()).toBe(201);
    const claim = (await response.json()) as CreatedClaim;
    await expect(this.page.locator(`.reader-doc [data-claim-id="${claim.id}"]`).first()).toBeVisible();
    return claim;
  }

  /** The text a claim's highlight covers (its pieces joined, where other claims split it). */
  async highlightText(id: string): Promise<string> {
    const pieces = this.page.locator(`.reader-doc [data-claim-id="${id}"]`);
    await expect(pieces.first()).toBeAttached();
    return (await pieces.allTextContents()).join("");
  }

  /** Index of the paragraph that starts with `start`. */
  async paragraphIndex(start: string): Promise<number> {
    const index = await this.page.evaluate(
      (s) => [...document.querySelectorAll(".reader-doc > p")].findIndex((p) => (p.textContent ?? "").startsWith(s)),
      start,
    );
    expect(index).toBeGreaterThanOrEqual(0);
    return index;
  }

  /** Tabs from the top of the page until the text has focus. */
  async focusTextWithTab() {
    for (let i = 0; i < 40; i++) {
      await this.page.keyboard.press("Tab");
      if (await this.text().evaluate((el) => el === document.activeElement)) return;
    }
    throw new Error("Tab never reached the article text");
  }
}
