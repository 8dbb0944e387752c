import { expect, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD, phraseBox } from "./pages";

/** Steps the project, agreement and adjudication specs share: users, projects, tagging in the reader. */

/** The password of the accounts the specs create (the demo password is refused for new accounts). */
export const MEMBER_PASSWORD = "tagging-takes-patience-7";

export const ARTICLE = "Hillary Clinton Meets With Russia's Foreign Minister About Syria";
const SHOTS = process.env.E2E_SCREENSHOTS;

/** A browser context signed in through the API (next-auth's CSRF token, then the credentials callback). */
export async function signedIn(browser: Browser, email: string, password = DEMO_PASSWORD): Promise<Page> {
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
export async function shoot(page: Page, name: string) {
  if (!SHOTS) return;
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.screenshot({ path: `${SHOTS}/${name}-${width}.png`, fullPage: true });
  }
  await page.setViewportSize({ width: 1280, height: 900 });
}

export async function readerReady(page: Page) {
  await expect(page.locator('.reader-text[data-ready="true"]')).toBeVisible();
}

/**
 * Selects a phrase with the mouse, picks a kind in the tagging form (and types a value over the
 * one the figure parser filled in, when given) and saves; returns the new claim's id.
 */
export async function tag(page: Page, phrase: string, kind: string, value?: string): Promise<string> {
  const box = await phraseBox(page, phrase);
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move(box.x2, box.y2, { steps: 12 });
  await page.mouse.up();
  const dialog = page.getByRole("dialog", { name: "Tag claim" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("radio", { name: kind }).click();
  if (value !== undefined) await dialog.getByLabel("Value", { exact: true }).fill(value);
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

export async function createUser(manager: Page, email: string, name: string, role = "annotator") {
  const res = await manager.request.post("/api/users", {
    data: { email, name, role, password: MEMBER_PASSWORD },
  });
  expect(res.status(), await res.text()).toBe(201);
}

export async function createProject(manager: Page, name: string, n: number) {
  await manager.goto("/projects");
  await manager.getByLabel("Name", { exact: true }).fill(name);
  await manager.getByLabel("Licence of the dataset").fill("CC-BY-4.0");
  await manager.getByLabel("Annotators per article").fill(String(n));
  await manager.getByRole("button", { name: "Create project" }).click();
  await expect(manager).toHaveURL(/\/projects\/[^/]+\/settings\?created=1$/);
  return new URL(manager.url()).pathname.split("/")[2];
}

export async function addArticle(manager: Page, projectId: string) {
  await manager.goto(`/projects/${projectId}/matrix`);
  await manager.getByLabel("Every library article matching").fill(ARTICLE);
  await manager.getByRole("button", { name: "Add articles" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Added 1 article" })).toBeVisible();
}
