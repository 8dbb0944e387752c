import { expect, test, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./pages";

/** The server actions behind the admin and account forms, driven as a person would. */

async function signInAs(page: Page, role: "admin" | "annotator", to: string) {
  const signIn = new SignInPage(page);
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(to)}`);
  await signIn.signIn(`${role}@claimbench.test`, DEMO_PASSWORD);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`${to}$`));
}

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test("an admin creates a user, is told what was wrong first, and changes the new user's role", async ({ page }) => {
  await signInAs(page, "admin", "/admin");
  const form = page.getByRole("region", { name: "Create user" });
  const email = form.getByLabel("Email");
  const name = form.getByLabel("Name");
  const password = form.getByLabel("Password");
  const submit = form.getByRole("button", { name: "Create user" });

  await email.fill("not-an-email");
  await name.fill("Casey Checker");
  await password.fill("short");
  await submit.click();
  await expect(form.getByRole("alert")).toHaveText("Please correct the highlighted fields.");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(email).toHaveAccessibleDescription("Email must be an email address.");
  await expect(password).toHaveAccessibleDescription(/^Password must be at least \d+ characters\.$/);
  // What was typed stays, except the password.
  await expect(email).toHaveValue("not-an-email");
  await expect(name).toHaveValue("Casey Checker");
  await expect(password).toHaveValue("");

  await email.fill("annotator@claimbench.test");
  await password.fill("a long enough password");
  await submit.click();
  await expect(email).toHaveAccessibleDescription("A user with email annotator@claimbench.test already exists.");

  const address = `casey-${unique()}@example.org`;
  await email.fill(address);
  await password.fill("a long enough password");
  await submit.click();
  await expect(form.getByRole("status")).toHaveText(`Created Casey Checker (${address}) as annotator.`);
  await expect(email).toHaveValue("");

  const row = page.getByRole("row").filter({ hasText: address });
  await row.getByLabel(`Role for ${address}`).selectOption("reviewer");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("status")).toHaveText("Saved: now reviewer.");
  await page.reload();
  await expect(page.getByLabel(`Role for ${address}`)).toHaveValue("reviewer");
});

test("a form whose session has ended says so instead of acting", async ({ page, context }) => {
  await signInAs(page, "admin", "/admin");
  const row = page.getByRole("row").filter({ hasText: "reviewer@claimbench.test" });
  await context.clearCookies();
  await row.getByLabel("Role for reviewer@claimbench.test").selectOption("admin");
  await row.getByRole("button", { name: "Save" }).click();
  await expect(row.getByRole("alert")).toHaveText(
    "Your session has ended or you no longer manage users. Reload the page.",
  );
  await signInAs(page, "admin", "/admin");
  await expect(page.getByLabel("Role for reviewer@claimbench.test")).toHaveValue("reviewer");
});

test("an annotator creates an API token, sees its secret once, uses it and revokes it", async ({ page, request }) => {
  await signInAs(page, "annotator", "/account");
  const nameInput = page.getByLabel("Token name");
  const create = page.getByRole("button", { name: "Create token" });

  await create.click();
  await expect(page.getByRole("main").getByRole("alert")).toHaveText("Name is required.");
  await expect(nameInput).toHaveAttribute("aria-invalid", "true");

  const tokenName = `Script ${unique()}`;
  await nameInput.fill(tokenName);
  await create.click();
  const secretBox = page.getByRole("region", { name: `Token “${tokenName}” created` });
  const secret = await secretBox.getByLabel("New API token").inputValue();
  expect(secret.length).toBeGreaterThan(20);
  const whoAmI = () => request.get("/api/articles?pageSize=1", { headers: { authorization: `Bearer ${secret}` } });
  expect((await whoAmI()).status()).toBe(200);

  const row = page.getByRole("row").filter({ hasText: tokenName });
  await row.getByRole("button", { name: "Revoke" }).click();
  await expect(row.getByText("Revoked")).toBeVisible();
  expect((await whoAmI()).status()).toBe(401);
});
