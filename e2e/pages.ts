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
