import { expect, test } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage } from "./pages";

test("the API reference shows every operation of the OpenAPI document, by section", async ({ page }) => {
  const signInPage = new SignInPage(page);
  await signInPage.goto();
  await signInPage.signIn("annotator@claimbench.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);

  await page.goto("/account");
  await page.getByRole("link", { name: "API reference" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "API reference" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("api-docs-top.png") });

  const doc = (await (await page.request.get("/api/openapi.json")).json()) as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  const ids = Object.values(doc.paths).flatMap((item) => Object.values(item).map((op) => op.operationId));
  await expect(page.locator("article.api-docs__op")).toHaveCount(ids.length);

  const submit = page.locator("#submitClaim");
  await expect(submit.getByRole("heading", { level: 3 })).toHaveText(
    /POST\s*\/api\/claims\/\{id\}\/submit\s*Send a claim to review/,
  );
  await expect(submit).toContainText("Needs claims.write");
  await expect(submit.locator("pre").first()).toContainText('"version": 1');
  await expect(submit).toContainText("409");

  await page
    .getByRole("navigation", { name: "Sections" })
    .getByRole("link", { name: /^Claims/ })
    .click();
  await page.locator("#createClaim").screenshot({ path: test.info().outputPath("create-claim.png") });
});
