import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./pages";

/** The people this spec creates (the demo accounts' password is refused for new accounts: it is published). */
const MEMBER_PASSWORD = "blind-annotator-passphrase";

/**
 * Issue 15's "done when": a manager sets up a blind project with two annotators per article;
 * both annotators take the same article from "Next article", tag it differently, never see each
 * other's claims, and submit; the manager sees both done in the matrix. A second project with
 * kinds of its own shows only those in the reader.
 */

const ARTICLE = "Hillary Clinton Meets With Russia's Foreign Minister About Syria";
const run = Date.now().toString(36);
const SHOTS = process.env.E2E_SCREENSHOTS;

/** A browser context signed in through the API (next-auth's CSRF token, then the credentials callback). */
async function signedIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
  const context = await browser.newContext();
  const { csrfToken } = (await (await context.request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await context.request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect([200, 302]).toContain(res.status());
  expect((await context.request.get("/api/me")).status(), `${email} is signed in`).toBe(200);
  return context.newPage();
}

/** Screenshots at a desktop and a phone width, when E2E_SCREENSHOTS names a folder. */
async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

/** Where a phrase is on screen: the centres of its first and last characters. */
async function phraseBox(page: Page, phrase: string) {
  return page.evaluate((phrase) => {
    const root = document.querySelector(".reader-doc")!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    let all = "";
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push(n as Text);
      all += (n as Text).data;
    }
    const at = all.indexOf(phrase);
    if (at < 0) throw new Error(`"${phrase}" is not on the page`);
    const locate = (offset: number) => {
      let seen = 0;
      for (const node of nodes) {
        if (offset < seen + node.data.length) return { node, offset: offset - seen };
        seen += node.data.length;
      }
      throw new Error("offset past the end");
    };
    const box = (offset: number) => {
      const { node, offset: o } = locate(offset);
      const range = document.createRange();
      range.setStart(node, o);
      range.setEnd(node, o + 1);
      return range.getBoundingClientRect();
    };
    const first = box(at);
    const last = box(at + phrase.length - 1);
    return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
  }, phrase);
}

async function readerReady(page: Page) {
  await expect(page.locator('.reader-text[data-ready="true"]')).toBeVisible();
}

/** Selects a phrase with the mouse, picks a kind in the tagging form and saves; returns the new claim's id. */
async function tag(page: Page, phrase: string, kind: string): Promise<string> {
  await page.getByText(phrase).first().scrollIntoViewIfNeeded();
  const box = await phraseBox(page, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 12 });
  await page.mouse.up();
  const dialog = page.getByRole("dialog", { name: "Tag claim" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: kind }).click();
  const created = page.waitForResponse(
    (r) => r.request().method() === "POST" && /\/api\/articles\/[^/]+\/claims$/.test(r.url()),
  );
  await dialog.getByRole("button", { name: "Save" }).click();
  const response = await created;
  expect(response.status(), await response.text()).toBe(201);
  const { id } = (await response.json()) as { id: string };
  await expect(dialog).toBeHidden();
  return id;
}

async function createUser(manager: Page, email: string, name: string) {
  const res = await manager.request.post("/api/users", {
    data: { email, name, role: "annotator", password: MEMBER_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(201);
}

async function createProject(manager: Page, name: string, n: number) {
  await manager.goto("/projects");
  await manager.getByLabel("Name", { exact: true }).fill(name);
  await manager.getByLabel("Licence of the dataset").fill("CC-BY-4.0");
  await manager.getByLabel("Annotators per article").fill(String(n));
  await manager.getByRole("button", { name: "Create project" }).click();
  await expect(manager).toHaveURL(/\/projects\/[^/]+\/settings\?created=1$/);
  return new URL(manager.url()).pathname.split("/")[2];
}

async function addArticle(manager: Page, projectId: string) {
  await manager.goto(`/projects/${projectId}/matrix`);
  await manager.getByLabel("Every library article matching").fill(ARTICLE);
  await manager.getByRole("button", { name: "Add articles" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Added 1 article" })).toBeVisible();
}

test("two blind annotators take the same article, tag it differently and submit; the manager sees both done", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const manager = await signedIn(browser, "admin@claimbench.test");
  const ana = { email: `ana-${run}@claimbench.test`, name: `Ana ${run}` };
  const ben = { email: `ben-${run}@claimbench.test`, name: `Ben ${run}` };
  await createUser(manager, ana.email, ana.name);
  await createUser(manager, ben.email, ben.name);

  const projectId = await createProject(manager, `Syria casualties ${run}`, 2);
  await shoot(manager, "project-settings");
  await expect(manager.getByLabel("Blind")).toBeChecked();
  await expect(manager.getByLabel("Annotators per article")).toHaveValue("2");

  // Guidelines with a definition of "casualty".
  await manager.goto(`/projects/${projectId}/guidelines`);
  await manager
    .getByLabel("Guidelines (Markdown)")
    .fill(
      "# Casualties\n\n**Casualty**: a figure of people killed, injured or missing.\n\n- Tag the whole phrase, figure and noun.",
    );
  await manager.getByLabel("Change note").fill("First version");
  await manager.getByRole("button", { name: "Save as version 1" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Saved as version 1" })).toBeVisible();
  await expect(manager.getByRole("heading", { name: "Casualties", exact: true })).toBeVisible();
  await shoot(manager, "project-guidelines");

  // Two annotators.
  await manager.goto(`/projects/${projectId}/members`);
  for (const person of [ana, ben]) {
    await manager.getByLabel("Email").fill(person.email);
    await manager.getByLabel("Project role").selectOption("annotator");
    await manager.getByRole("button", { name: "Add member" }).click();
    await expect(manager.getByRole("status").filter({ hasText: `Added ${person.name}` })).toBeVisible();
  }
  await shoot(manager, "project-members");
  await addArticle(manager, projectId);

  // Each presses "Next article" and gets the same article.
  const annotators: Page[] = [];
  for (const person of [ana, ben]) {
    const page = await signedIn(browser, person.email, MEMBER_PASSWORD);
    await page.goto(`/projects/${projectId}`);
    await shoot(page, "project-queue");
    await page.getByRole("button", { name: "Next article" }).click();
    await expect(page).toHaveURL(/\/articles\/[^/?]+\?project=/);
    await expect(page.getByRole("heading", { level: 1, name: ARTICLE })).toBeVisible();
    await readerReady(page);
    annotators.push(page);
  }
  const [first, second] = annotators;
  expect(new URL(first.url()).pathname).toBe(new URL(second.url()).pathname);

  const firstClaim = await tag(first, "over 30,000 people dead", "Casualty");
  // The kind's definition is shown where the second annotator chooses it.
  const secondClaim = await tag(second, "more than 40,000 people", "Quantity");
  await shoot(second, "reader-blind");

  // The second never sees the first's claim in the page the server draws (its id is nowhere in
  // the HTML or the payload), while their own is there.
  const html = await (await second.request.get(second.url())).text();
  expect(html).not.toContain(firstClaim);
  expect(html).toContain(secondClaim);

  // Both submit, through the confirmation.
  for (const page of annotators) {
    await page.goto(`/projects/${projectId}`);
    await page.getByRole("link", { name: "Submit…" }).click();
    await expect(page.getByRole("heading", { name: `Submit “${ARTICLE}”?` })).toBeVisible();
    await shoot(page, "assignment-submit");
    await page.getByRole("button", { name: "Submit 1 claim" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Submitted" })).toBeVisible();
  }

  // The manager sees both done in the matrix.
  await manager.goto(`/projects/${projectId}/matrix`);
  const row = manager.getByRole("row", { name: new RegExp(ARTICLE.slice(0, 30)) });
  await expect(row.getByText("Done", { exact: true })).toHaveCount(2);
  await expect(row.getByText("2/2 done")).toBeVisible();
  await shoot(manager, "project-matrix");
  await manager.goto(`/projects/${projectId}/dashboard`);
  await expect(manager.getByRole("row", { name: new RegExp(ana.name) })).toBeVisible();
  await shoot(manager, "project-dashboard");
});

test("a project with two kinds of its own shows only those in the reader", async ({ browser }) => {
  test.setTimeout(180_000);
  const manager = await signedIn(browser, "admin@claimbench.test");
  const projectId = await createProject(manager, `Pledges ${run}`, 1);

  await manager.goto(`/projects/${projectId}/schema`);
  const kinds = manager.locator(".kind-card");
  await expect(kinds).toHaveCount(6);
  for (const label of ["Quantity", "Event", "Quote", "Attribution", "Other"]) {
    await manager.getByRole("button", { name: `Remove ${label}` }).click();
  }
  // A duplicate keyboard key is refused next to the field.
  await manager.getByRole("button", { name: "Add a kind" }).click();
  const added = kinds.nth(1);
  await added.getByLabel("Label").fill("Pledge");
  await added.getByLabel("Key", { exact: true }).fill("pledge");
  await added.getByLabel("Keyboard key").selectOption("1");
  await added.getByLabel("Definition").fill("A promise of money or aid, with its amount.");
  await manager.getByRole("button", { name: "Save schema" }).click();
  await expect(added.getByText("key 1 already picks another kind")).toBeVisible();
  await shoot(manager, "project-schema-error");
  await added.getByLabel("Keyboard key").selectOption("2");
  const first = kinds.nth(0);
  await first.getByLabel("Label").fill("Death toll");
  await manager.getByRole("button", { name: "Save schema" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Schema saved: 2 kinds" })).toBeVisible();
  await shoot(manager, "project-schema");

  await addArticle(manager, projectId);
  const articleId = await manager.evaluate(
    () => new URL((document.querySelector(".matrix__article a") as HTMLAnchorElement).href).pathname.split("/")[2],
  );
  await manager.goto(`/articles/${articleId}?project=${projectId}`);
  await readerReady(manager);
  const legend = manager.locator(".legend__item");
  await expect(legend).toHaveCount(2);
  await expect(legend.nth(0)).toContainText("Death toll");
  await expect(legend.nth(1)).toContainText("Pledge");
  await expect(legend.nth(1)).toContainText("A promise of money or aid");

  await manager.getByText("over 30,000 people dead").first().scrollIntoViewIfNeeded();
  const box = await phraseBox(manager, "over 30,000 people dead");
  await manager.mouse.move(box.x1, box.y1);
  await manager.mouse.down();
  await manager.mouse.move(box.x2, box.y2, { steps: 12 });
  await manager.mouse.up();
  const dialog = manager.getByRole("dialog", { name: "Tag claim" });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole("radio")).toHaveCount(2);
  await expect(dialog.getByRole("radio", { name: "Death toll" })).toBeVisible();
  await expect(dialog.getByRole("radio", { name: "Quantity" })).toHaveCount(0);
  await manager.keyboard.press("2");
  await expect(dialog.getByRole("radio", { name: "Pledge" })).toHaveAttribute("aria-checked", "true");
  await expect(dialog.getByText("A promise of money or aid")).toBeVisible();
  await shoot(manager, "reader-project-kinds");
});
