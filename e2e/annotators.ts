import { randomBytes } from "node:crypto";
import { expect, request, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./pages";

/** The password of every account made here (the demo one is refused for new accounts: it is published). */
const PASSWORD = "own-annotator-pass-2026";

/**
 * A new annotator account of this test's own, made by the demo admin through the API. An author
 * may not tag the same span twice, so a test that tags spans another test (or the demo data)
 * tags as well works as someone who has not tagged them yet.
 */
async function newAnnotator(label: string): Promise<{ email: string; name: string; password: string }> {
  const admin = await request.newContext({ baseURL: test.info().project.use.baseURL });
  try {
    const { csrfToken } = (await (await admin.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedIn = await admin.post("/api/auth/callback/credentials", {
      form: { csrfToken, email: "admin@claimbench.test", password: DEMO_PASSWORD, json: "true" },
      maxRedirects: 0,
    });
    expect(signedIn.status(), await signedIn.text()).toBeLessThan(400);
    const email = `${label}-${randomBytes(5).toString("hex")}@claimbench.test`;
    const name = `Annotator ${label} ${email.slice(label.length + 1, label.length + 5)}`;
    const made = await admin.post("/api/users", {
      data: { email, name, role: "annotator", password: PASSWORD },
    });
    expect(made.status(), await made.text()).toBe(201);
    return { email, name, password: PASSWORD };
  } finally {
    await admin.dispose();
  }
}

/** Signs in through the form as a new annotator of the test's own (see `newAnnotator`). */
export async function signInAsNewAnnotator(page: Page, label: string) {
  const who = await newAnnotator(label);
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(who.email, PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
  return who;
}
