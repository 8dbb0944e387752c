import { expect, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "claimbench-demo";

/** The sign-in page as a user meets it. */
export class SignInPage {
  constructor(private readonly page: Page) {}

  async goto() {
    await this.page.goto("/signin");
  }

  async signIn(email: string, password: string) {
    await this.page.getByLabel("Email").fill(email);
    await this.page.getByLabel("Password").fill(password);
    await this.page.getByRole("button", { name: "Sign in", exact: true }).click();
  }
}

/** Signs out through the header's button and checks we are back at sign-in. */
export async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
}

/** Waits until the page's script has measured the header (until then every link is in the row). */
export async function headerMeasured(page: Page) {
  await page.waitForFunction(() => document.querySelector(".main-nav")?.getAttribute("data-measured") === "true");
}

/**
 * A section's link in the header, as a person finds it: in the row, or behind "More" / "Menu"
 * when the row has no room for it (the button is opened then).
 */
export async function sectionLink(page: Page, name: string) {
  const nav = page.getByRole("navigation", { name: "Main" });
  await headerMeasured(page);
  const link = nav.getByRole("link", { name, exact: true });
  if (!(await link.isVisible())) await nav.locator(".main-nav__toggle").click();
  return link;
}

/** Opens a section through the header's navigation. */
export async function openSection(page: Page, name: string) {
  await (await sectionLink(page, name)).click();
}

/**
 * Where a phrase (optionally right after `after`) is on screen: the centres of its first and last
 * characters. Scrolls it into view itself, through the text nodes of the moment: the reader's
 * editor draws the paragraphs anew when it takes over, so an element found before may be gone.
 */
export async function phraseBox(page: Page, phrase: string, after = "") {
  return page.evaluate(
    async ({ phrase, after }) => {
      const root = document.querySelector(".reader-doc");
      if (!root) throw new Error("no reader");
      const locate = () => {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        const nodes: { node: Text; at: number }[] = [];
        let all = "";
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n as Text, at: all.length });
          all += (n as Text).data;
        }
        const found = all.indexOf(after + phrase);
        if (found < 0) throw new Error(`"${after + phrase}" is not in the reader`);
        const start = found + after.length;
        const rectAt = (offset: number) => {
          const hit = [...nodes].reverse().find((x) => x.at <= offset);
          if (!hit) throw new Error("offset outside the text");
          const range = document.createRange();
          range.setStart(hit.node, offset - hit.at);
          range.setEnd(hit.node, offset - hit.at + 1);
          return range.getBoundingClientRect();
        };
        return {
          first: rectAt(start),
          last: rectAt(start + phrase.length - 1),
          element: nodes.find((x) => x.at + x.node.data.length > start)?.node.parentElement,
        };
      };
      locate().element?.scrollIntoView({ block: "center" });
      // Paragraphs never shown yet stand in at an estimated height (content-visibility: auto)
      // until a rendering lays them out, which moves what follows them: measure until the
      // phrase stays put from one frame to the next.
      const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
      let box = locate();
      for (let i = 0; i < 30; i++) {
        await frame();
        await frame();
        const again = locate();
        const still =
          again.first.top === box.first.top && again.last.top === box.last.top && again.first.left === box.first.left;
        box = again;
        if (still) break;
      }
      const { first, last } = box;
      return {
        x1: first.left + 1,
        y1: first.top + first.height / 2,
        x2: last.right - 1,
        y2: last.top + last.height / 2,
        cx: (first.left + last.right) / 2,
      };
    },
    { phrase, after },
  );
}
