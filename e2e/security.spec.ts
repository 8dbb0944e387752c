import { randomBytes } from "node:crypto";
import { expect, test, type APIRequestContext, type BrowserContext } from "@playwright/test";
import { testAccountId } from "../test/support/oidc-provider.mjs";
import { DEMO_PASSWORD } from "./pages";

const unique = (label: string) => `${label}-${randomBytes(4).toString("hex")}@corp.example`;

/** Signs `request` (a browser context's, so the page shares the cookie) in through the API. */
async function apiSignIn(request: APIRequestContext, email: string, password: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const res = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, email, password, json: "true" },
    maxRedirects: 0,
  });
  expect(res.status(), await res.text()).toBeLessThan(400);
  expect((await request.storageState()).cookies.some((c) => c.name === "next-auth.session-token")).toBe(true);
}

/** A new annotator made by the demo admin through the API; their password. */
async function newAnnotator(admin: APIRequestContext, email: string) {
  const password = `pw-${randomBytes(8).toString("hex")}`;
  const res = await admin.post("/api/users", { data: { email, name: `Person ${email.slice(0, 8)}`, password } });
  expect(res.status(), await res.text()).toBe(201);
  return password;
}

async function adminContext(browser: { newContext(): Promise<BrowserContext> }) {
  const context = await browser.newContext();
  await apiSignIn(context.request, "admin@claimbench.test", DEMO_PASSWORD);
  return context;
}

test("an organisation user signs in through the OpenID provider and lands with the mapped role", async ({ page }) => {
  const email = unique("lead");
  await page.goto("/signin");
  await page.getByRole("button", { name: "Sign in with Example Corp" }).click();
  // The provider's own login page (oidc-provider's development form).
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/interaction\//);
  await page.locator('input[name="login"]').fill(testAccountId({ email, groups: ["staff", "fact-check-leads"] }));
  await page.locator('input[name="password"]').fill("not-checked-by-the-test-provider");
  await page.getByRole("button", { name: /sign-?in/i }).click();

  await expect(page).toHaveURL(/\/articles$/);
  await expect(page.getByRole("banner")).toContainText("reviewer");
  const me = await page.request.get("/api/me");
  expect(await me.json()).toMatchObject({ email, role: "reviewer" });
  await page.goto("/review");
  await expect(page).toHaveURL(/\/review/);
});

test("an admin disables a user: their open session and their token stop working at once", async ({ browser }) => {
  const admin = await adminContext(browser);
  const email = unique("disabled");
  const password = await newAnnotator(admin.request, email);

  const user = await browser.newContext();
  await apiSignIn(user.request, email, password);
  const token = (
    (await (await user.request.post("/api/tokens", { data: { name: "laptop" } })).json()) as {
      secret: string;
    }
  ).secret;
  const userPage = await user.newPage();
  await userPage.goto("/articles");
  await expect(userPage.getByRole("banner")).toContainText("annotator");
  const withToken = () => user.request.get("/api/me", { headers: { authorization: `Bearer ${token}` } });
  expect((await withToken()).status()).toBe(200);

  const adminPage = await admin.newPage();
  await adminPage.goto("/admin");
  await adminPage.getByRole("button", { name: `Disable ${email}` }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Disabled" })).toBeVisible();

  await userPage.reload();
  await expect(userPage).toHaveURL(/\/signin/);
  expect((await withToken()).status()).toBe(401);
  expect((await user.request.get("/api/me")).status()).toBe(401);
  await admin.close();
  await user.close();
});

test("a user changes their password and their other session is signed out", async ({ browser }) => {
  const admin = await adminContext(browser);
  const email = unique("changer");
  const password = await newAnnotator(admin.request, email);
  await admin.close();

  const laptop = await browser.newContext();
  const phone = await browser.newContext();
  await apiSignIn(laptop.request, email, password);
  await apiSignIn(phone.request, email, password);
  const phonePage = await phone.newPage();
  await phonePage.goto("/articles");
  await expect(phonePage.getByRole("banner")).toContainText("annotator");

  const page = await laptop.newPage();
  await page.goto("/account");
  const form = page.getByRole("region", { name: "Password" });
  await form.getByLabel("Current password").fill(password);
  await form.getByLabel("New password", { exact: true }).fill("12345678");
  await form.getByLabel("New password again").fill("12345678");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByText(/most common passwords/)).toBeVisible();

  await form.getByLabel("Current password").fill(password);
  await form.getByLabel("New password", { exact: true }).fill("a-fresh-passphrase-42");
  await form.getByLabel("New password again").fill("a-fresh-passphrase-42");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.getByRole("status")).toContainText("Every other session of your account has been signed out");

  await page.goto("/articles");
  await expect(page).toHaveURL(/\/articles$/);
  await phonePage.reload();
  await expect(phonePage).toHaveURL(/\/signin/);
  await laptop.close();
  await phone.close();
});
