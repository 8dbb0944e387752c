/**
 * The cleaning report of an HTML page tells the truth: every block of the page that is not in the
 * text is listed with its reason (chrome, what Readability dropped, inline ad, caption,
 * newsletter prompt), each can be put back in its place, and the title loses the site's name.
 * The fixture is a page of our own making with the parts a news page has.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanSource } from "../cleaning/clean-source";
import { withBlockRestored } from "../cleaning/restore-block";

const fixture = (name: string) =>
  fs.readFileSync(path.join(import.meta.dirname, "../../../e2e/fixtures", name), "utf8");

describe("an HTML page's cleaning report", () => {
  const page = cleanSource({ format: "html", content: fixture("daily-ledger.html") });
  const reasonOf = (start: string) => page.removed.find((r) => r.text.startsWith(start))?.reason;

  it("lists what Readability and the page chrome left out, block by block, with a reason", () => {
    expect(reasonOf("We use cookies")).toBe("not-main-content");
    expect(reasonOf("Harbourwatcher:")).toBe("not-main-content");
    expect(reasonOf("12 comments")).toBe("not-main-content");
    expect(reasonOf("Home")).toBe("navigation");
    expect(reasonOf("Most read this week")).toBe("sidebar");
    expect(reasonOf("© 2026 The Daily Ledger")).toBe("footer");
  });

  it("takes the inline ad, the photo caption and the newsletter prompt out of the text", () => {
    expect(reasonOf("Sponsored: Top 10 holiday deals")).toBe("advertisement");
    expect(reasonOf("Volunteers fill sandbags")).toBe("caption");
    expect(reasonOf("Sign up for The Daily Ledger's morning briefing")).toBe("newsletter");
    for (const gone of [
      "Sponsored",
      "holiday deals",
      "Volunteers fill",
      "morning briefing",
      "cookies",
      "Harbourwatcher",
    ])
      expect(page.text).not.toContain(gone);
    expect(page.text.split("\n\n")).toHaveLength(4);
    expect(page.text).toMatch(/^The harbour authority closed the port of Wendham/);
  });

  it("accounts for every block: restoring each, in any order, gives the whole page back in order", () => {
    const all = page.removed.length + page.text.split("\n\n").length;
    expect(page.removed.map((r) => r.index).every((i) => i >= 0 && i < all)).toBe(true);
    let state: { text: string; removed: { index: number; text: string; reason: string }[] } = page;
    for (const r of [...page.removed].reverse()) state = withBlockRestored(state.text, state.removed, r.index);
    const blocks = state.text.split("\n\n");
    expect(blocks).toHaveLength(all);
    expect(blocks[0]).toMatch(/^We use cookies/);
    expect(blocks.indexOf("Sponsored: Top 10 holiday deals")).toBe(
      blocks.findIndex((b) => b.startsWith("The harbour")) + 1,
    );
    expect(blocks.at(-1)).toBe("Contact us · Privacy · Terms");
  });

  it("reads the title without the site's suffix, and the page's author, publisher and date", () => {
    expect(page.meta).toEqual({
      title: "Floods close the harbour for a third time this winter",
      author: "Mara Quill",
      publisher: "The Daily Ledger",
      publishedAt: "2026-11-30T08:15:00Z",
    });
  });
});

describe("a Markdown article's byline", () => {
  it("fills author and date, leaves the text, and the title loses the site's suffix", () => {
    const md = cleanSource({ format: "markdown", content: fixture("daily-ledger.md") });
    expect(md.meta).toMatchObject({
      title: "Harbour reopens as the river falls",
      author: "Mara Quill",
      publishedAt: "2026-12-03",
    });
    expect(md.removed).toContainEqual(expect.objectContaining({ text: "By Mara Quill — December 3, 2026" }));
    expect(md.text).not.toContain("By Mara Quill");
  });

  it("is read in its other usual forms", () => {
    const body =
      "The harbour authority reopened the port on Thursday after the river fell below the warning level for the first time in four days.";
    for (const byline of [
      "By Mara Quill | 3 December 2026",
      "_By Mara Quill_\n_3 December 2026_",
      "By **Mara Quill**, December 3, 2026",
    ]) {
      const { meta } = cleanSource({ format: "markdown", content: `# Harbour reopens\n\n${byline}\n\n${body}` });
      expect(meta, byline).toMatchObject({ author: "Mara Quill", publishedAt: "2026-12-03" });
    }
  });
});
