import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage, headerMeasured, signOut, sectionLink } from "./pages";
import { shoot } from "./project-steps";

const roles = ["annotator", "reviewer", "admin"] as const;
const CORPUS_TITLES = [
  "Russia ready to discuss Syria ceasefire at international talks",
  "Russia Opts for Direct Intervention in Syrian Conflict",
  "Hillary Clinton Meets With Russia's Foreign Minister About Syria",
  "Russian, Iranian and Assad camps lose interest in diplomacy",
  "Russia’s growing support of Syrian government causes global concern",
];

for (const role of roles) {
  test(`the demo ${role} signs in, reads an article and signs out`, async ({ page }) => {
    const signInPage = new SignInPage(page);
    await signInPage.goto();
    await signInPage.signIn(`${role}@claimbench.test`, DEMO_PASSWORD);

    await expect(page).toHaveURL(/\/articles$/);
    const banner = page.getByRole("banner");
    await expect(banner).toContainText(role);
    // The five corpus articles are listed (other browser tests of the run may have imported more).
    const table = page.getByRole("table");
    for (const title of CORPUS_TITLES)
      await expect(table.getByRole("link", { name: title, exact: true })).toBeVisible();
    await expect(
      page.getByRole("link", { name: "Hillary Clinton Meets With Russia's Foreign Minister About Syria", exact: true }),
    ).toBeVisible();

    await page
      .getByRole("link", { name: "Hillary Clinton Meets With Russia's Foreign Minister About Syria", exact: true })
      .click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Hillary Clinton Meets With Russia's Foreign Minister About Syria",
    );
    await expect(page.getByText("Danielle Tarasiuk").first()).toBeVisible();
    await expect(page.getByText(/has left over 30,000 people dead/)).toBeVisible();

    // Every section shown in the header is whole (none cut off at the row's edge), whatever the
    // role adds to the row; the rest are behind "More".
    const nav = page.getByRole("navigation", { name: "Main" });
    await headerMeasured(page);
    const row = await nav.boundingBox();
    for (const link of await nav.getByRole("link").all()) {
      const box = await link.boundingBox();
      expect(row && box && box.x >= row.x && box.x + box.width <= row.x + row.width + 0.5).toBe(true);
    }
    await shoot(page, `header-${role}`);
    if (role === "admin") await expect(await sectionLink(page, "Admin")).toBeVisible();
    else await expect(page.locator('nav[aria-label="Main"] a[href="/admin"]')).toHaveCount(0);

    await signOut(page);
    await page.goto("/articles");
    await expect(page).toHaveURL(/\/signin\?callbackUrl=%2Farticles/);
  });
}

test("a wrong password is refused with a clear message", async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn("annotator@claimbench.test", "not-the-password");
  await expect(page.getByRole("main").getByRole("alert")).toHaveText(/Wrong email or password/);
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/articles");
  await expect(page).toHaveURL(/\/signin/);
});

test("the admin page is closed to annotators", async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn("annotator@claimbench.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
  await page.goto("/admin");
  await expect(page).toHaveURL(/\/forbidden/);
  await expect(page.getByText("users.manage")).toBeVisible();
});
