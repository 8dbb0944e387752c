import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { addArticle, ARTICLE, createProject, createUser, readerReady, shoot, signedIn, tag } from "./project-steps";

/**
 * Issue 16's "done when": two annotators tag the Clinton article blind — the first tags "over
 * 30,000 people dead" as a casualty of 30,000 and "more than 40,000 people", the second tags the
 * first phrase with a wrong value and misses the second; the agreement page shows the figures
 * NLTK and scikit-learn give for that data (e2e/fixtures/clinton-agreement.json, made by
 * scripts/agreement-e2e-fixture.py); the reviewer adjudicates with a reason; the first annotator
 * sees the change in "What changed in my work".
 */

interface Figure {
  value: number | null;
  units: number;
}
const fixture = JSON.parse(
  fs.readFileSync(path.join(import.meta.dirname, "fixtures", "clinton-agreement.json"), "utf8"),
) as {
  expected: Record<"finding" | "kind" | "value", Figure>;
  pair: { spanF1Exact: number; spanF1Overlap: number; kappaKindWithNone: number };
};
const shown = (v: number) => (Math.abs(v) < 0.005 ? "0.00" : v.toFixed(2));

const run = Date.now().toString(36);

async function headline(page: Page, label: string) {
  return page.locator(".agreement-headline > div").filter({ has: page.getByText(label, { exact: true }) });
}

test("two blind annotators disagree on the Clinton article; the agreement page measures it; the reviewer adjudicates; the annotator sees what changed", async ({
  browser,
}) => {
  test.setTimeout(300_000);
  const admin = await signedIn(browser, "admin@claimbench.test");
  const ana = { email: `ana-${run}@claimbench.test`, name: `Ana ${run}` };
  const ben = { email: `ben-${run}@claimbench.test`, name: `Ben ${run}` };
  const rita = { email: `rita-${run}@claimbench.test`, name: `Rita ${run}` };
  await createUser(admin, ana.email, ana.name);
  await createUser(admin, ben.email, ben.name);
  await createUser(admin, rita.email, rita.name, "reviewer");
  const projectId = await createProject(admin, `Clinton agreement ${run}`, 2);
  await admin.goto(`/projects/${projectId}/members`);
  for (const [person, role] of [
    [ana, "annotator"],
    [ben, "annotator"],
    [rita, "reviewer"],
  ] as const) {
    await admin.getByLabel("Email").fill(person.email);
    await admin.getByLabel("Project role").selectOption(role);
    await admin.getByRole("button", { name: "Add member" }).click();
    await expect(admin.getByRole("status").filter({ hasText: `Added ${person.name}` })).toBeVisible();
  }
  await addArticle(admin, projectId);

  // Both take the article and tag it, blind.
  const annotators: Page[] = [];
  for (const person of [ana, ben]) {
    const page = await signedIn(browser, person.email);
    await page.goto(`/projects/${projectId}`);
    await page.getByRole("button", { name: "Next article" }).click();
    await expect(page.getByRole("heading", { level: 1, name: ARTICLE })).toBeVisible();
    await readerReady(page);
    annotators.push(page);
  }
  const [first, second] = annotators;
  await tag(first, "over 30,000 people dead", "Casualty");
  await tag(first, "more than 40,000 people", "Casualty");
  await tag(second, "over 30,000 people dead", "Casualty", "3000");
  for (const [page, count] of [
    [first, "2 claims"],
    [second, "1 claim"],
  ] as const) {
    await page.goto(`/projects/${projectId}`);
    await page.getByRole("link", { name: "Submit…" }).click();
    await page.getByRole("button", { name: `Submit ${count}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Submitted" })).toBeVisible();
  }

  // The reviewer reads the agreement: the figures the independent implementations give.
  const reviewer = await signedIn(browser, rita.email);
  await reviewer.goto(`/projects/${projectId}`);
  await reviewer.getByRole("link", { name: "Agreement", exact: true }).click();
  await expect(reviewer).toHaveURL(new RegExp(`/projects/${projectId}/agreement$`));
  for (const [label, figure] of [
    ["Finding claims, α", fixture.expected.finding],
    ["Kind, α", fixture.expected.kind],
    ["Value, α interval", fixture.expected.value],
  ] as const) {
    const card = await headline(reviewer, label);
    await expect(card.locator(".coef__value")).toHaveText(shown(figure.value!));
    await expect(card.locator(".coef__facts")).toContainText(`n ${figure.units}`);
  }
  await expect((await headline(reviewer, "Span F1, overlap")).locator(".coef__value")).toHaveText(
    shown(fixture.pair.spanF1Overlap),
  );
  await expect((await headline(reviewer, "Span F1, exact")).locator(".coef__value")).toHaveText(
    shown(fixture.pair.spanF1Exact),
  );
  await expect(
    reviewer.getByRole("link", {
      name: new RegExp(`^${ana.name} and ${ben.name}: ${shown(fixture.pair.kappaKindWithNone)}`),
    }),
  ).toBeVisible();
  await shoot(reviewer, "agreement");

  // The value figure drills down to the one unit where the values differ, side by side.
  await reviewer.getByRole("link", { name: "Value", exact: true }).click();
  await expect(reviewer.getByRole("heading", { name: /Disagreements on value/ })).toBeVisible();
  const unit = reviewer.getByRole("article", { name: `Unit in ${ARTICLE}` });
  await expect(unit).toHaveCount(1);
  await expect(unit.getByRole("region", { name: ana.name })).toContainText("30,000");
  await expect(unit.getByRole("region", { name: ben.name })).toContainText("3,000");
  await shoot(reviewer, "agreement-units");
});
