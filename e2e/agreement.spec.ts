import fs from "node:fs";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import {
  addArticle,
  ARTICLE,
  createProject,
  createUser,
  MEMBER_PASSWORD,
  readerReady,
  shoot,
  signedIn,
  tag,
} from "./project-steps";

/**
 * Issue 16's "done when": two annotators tag the Clinton article blind — the first tags "over
 * 30,000 people dead" as a casualty of 30,000 and "more than 40,000 people", the second tags the
 * first phrase with a wrong value and misses the second; the agreement page shows the figures
 * NLTK and scikit-learn give for that data (e2e/fixtures/clinton-agreement.json, made by
 * scripts/agreement-e2e-fixture.py); the reviewer adjudicates with a reason; the first annotator
 * sees the change in "What changed in my work"; the export shows the gold claim with its
 * provenance and the manifest the agreement the fixture predicts.
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
  // Units everyone agrees on merge by themselves (none will here: the two disagree everywhere).
  await admin.getByLabel("Merge without an adjudicator").selectOption("unanimous");
  // Gold claims are approved when adjudicated, so the export (approved claims) holds them.
  await admin.getByLabel("Adjudication is the review (gold claims are approved when adjudicated)").check();
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
  await expect(admin.getByLabel("Merge without an adjudicator")).toHaveValue("unanimous");
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
    const page = await signedIn(browser, person.email, MEMBER_PASSWORD);
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
  const reviewer = await signedIn(browser, rita.email, MEMBER_PASSWORD);
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

  // The reviewer adjudicates. Meanwhile another adjudicator (the admin) decides the first unit
  // and undoes it: the reviewer's page is a version behind, so their decision meets a 409.
  await reviewer.getByRole("link", { name: "Adjudication", exact: true }).click();
  await expect(reviewer.getByRole("row", { name: new RegExp(ARTICLE.slice(0, 30)) })).toContainText("Open");
  await shoot(reviewer, "adjudication-queue");
  await reviewer.getByRole("link", { name: ARTICLE }).click();
  await expect(reviewer.getByRole("heading", { name: "Unit 1 of 2" })).toBeVisible();
  await expect(reviewer.getByRole("heading", { name: "Unit 1 of 2" })).toContainText("differs on value");
  await shoot(reviewer, "adjudication");
  const articleId = new URL(reviewer.url()).pathname.split("/").pop()!;
  const api = `/api/projects/${projectId}/articles/${articleId}/adjudication`;
  const view = (await (await admin.request.get(api)).json()) as {
    version: number;
    units: { claimIds: string[]; claims: Record<string, { id: string } | null> }[];
  };
  const taken = await admin.request.post(api, {
    data: {
      action: "take",
      version: view.version,
      unitClaimIds: view.units[0].claimIds,
      claimId: view.units[0].claimIds[0],
    },
  });
  expect(taken.status(), await taken.text()).toBe(200);
  const decisionId = ((await taken.json()) as { units: { decision: { id: string } }[] }).units[0].decision.id;
  const undone = await admin.request.post(api, { data: { action: "undo", version: view.version + 1, decisionId } });
  expect(undone.status(), await undone.text()).toBe(200);

  await reviewer.getByLabel("Reason (optional)").selectOption("annotator_error");
  await reviewer.getByLabel("Comment").fill("The article says over 30,000.");
  await reviewer.getByRole("button", { name: `Take ${ana.name}’s version` }).click();
  const alert = reviewer.getByRole("alert").filter({ hasText: "Another adjudicator changed this article" });
  await expect(alert).toBeVisible();
  await shoot(reviewer, "adjudication-conflict");
  await alert.getByRole("button", { name: "Apply my decision again" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Decision saved." })).toBeVisible();

  // The second unit by keyboard: E edits the only version, attributed to the activists.
  await expect(reviewer.getByRole("heading", { name: "Unit 2 of 2" })).toBeVisible();
  await reviewer.keyboard.press("e");
  const form = reviewer.getByRole("form", { name: "Edit into a gold claim" });
  await expect(form.getByLabel("Kind")).toBeFocused();
  await form.getByLabel("Attributed to").fill("activists");
  await form.getByLabel("Reason (optional)").selectOption("guideline_gap");
  await form.getByLabel("Comment").fill("Figures from activists are attributed to them.");
  await form.getByRole("button", { name: "Save gold claim" }).click();
  await expect(reviewer.getByText("0 of 2 units to decide")).toBeVisible();
  await reviewer.getByRole("button", { name: "Close adjudication" }).click();
  await expect(reviewer.getByRole("status").filter({ hasText: "Adjudication closed" })).toBeVisible();
  await shoot(reviewer, "adjudication-closed");

  // With anonymous adjudication the adjudicator sees "Annotator 1, 2", never a name.
  await admin.goto(`/projects/${projectId}/settings`);
  await admin.getByLabel("Hide annotators’ names from adjudicators").check();
  // The value tolerance is a percentage: 100 is refused, 5 is stored as 0.05 and shown again as 5.
  await admin.getByLabel("Value tolerance (%)").fill("100");
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByText("must be a percentage from 0 to below 100")).toBeVisible();
  await admin.getByLabel("Value tolerance (%)").fill("5");
  await admin.getByRole("button", { name: "Save settings" }).click();
  await expect(admin.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
  await admin.reload();
  await expect(admin.getByLabel("Value tolerance (%)")).toHaveValue("5");
  await shoot(admin, "settings-adjudication");
  await reviewer.reload();
  const legend = reviewer.getByRole("list", { name: "Annotators" });
  await expect(legend).toContainText("Annotator 1");
  await expect(legend).toContainText("Annotator 2");
  await expect(reviewer.locator("main")).not.toContainText(ana.name);

  // The first annotator sees what became of each of their claims, with the reasons.
  await first.goto(`/projects/${projectId}`);
  await first.getByRole("link", { name: "What changed", exact: true }).click();
  const changes = first.getByRole("article", { name: ARTICLE });
  const kept = changes.getByRole("listitem").filter({ hasText: "over 30,000 people dead" });
  await expect(kept).toContainText("Kept as you made it");
  await expect(kept).toContainText("Reason: annotator error");
  const changed = changes.getByRole("listitem").filter({ hasText: "more than 40,000 people" });
  await expect(changed).toContainText("Changed");
  await expect(changed.getByRole("row", { name: /Attributed to/ })).toContainText("activists");
  await expect(changed).toContainText("Reason: guideline gap");
  await expect(changed).toContainText("Figures from activists are attributed to them.");
  await expect(first.getByRole("img", { name: "Your agreement with gold over time" })).toBeVisible();
  await shoot(first, "my-changes");

  // The export: the gold claim with its provenance, and the manifest with the agreement.
  const exported = await admin.request.get(`/api/export?format=jsonl&projectId=${projectId}`);
  expect(exported.status()).toBe(200);
  const records = (await exported.text())
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line));
  expect(records.map((r) => r.layer)).toEqual(["gold", "gold"]);
  const gold = records.find((r) => r.span.exact === "over 30,000 people dead");
  expect(gold).toMatchObject({ value: 30000, status: "approved" });
  expect(gold.provenance).toMatchObject({
    kind: "adjudicated",
    action: "take",
    adjudicator: { name: rita.name },
    reasonCode: "annotator_error",
    comment: "The article says over 30,000.",
    sources: [{ annotator: { name: ana.name } }],
  });
  const w3c = await (await admin.request.get(`/api/export?format=w3c&projectId=${projectId}`)).json();
  const annotation = w3c.first.items.find((a: { id: string }) => a.id === `urn:claimbench:claim:${gold.id}`);
  expect(annotation.creator).toMatchObject({ type: "Person", name: rita.name });
  expect(annotation.generator).toMatchObject({ type: "Software", name: expect.stringMatching(/^Claimbench /) });
  expect(annotation.via).toEqual([`urn:claimbench:claim:${gold.provenance.sources[0].claimId}`]);
  const raw = await (
    await admin.request.get(`/api/export?format=jsonl&projectId=${projectId}&layers=gold%2Braw`)
  ).text();
  expect(raw.trim().split("\n")).toHaveLength(2 + 3);

  const manifest = await (await admin.request.get(`/api/export/manifest?format=jsonl&projectId=${projectId}`)).json();
  expect(manifest.filter).toMatchObject({ layers: "gold" });
  expect(manifest.agreement.totals).toMatchObject({ articles: 1, annotators: 2 });
  for (const figure of ["finding", "kind"] as const) {
    const { value, units, incomplete } = manifest.agreement.overall[figure];
    expect([units, incomplete], figure).toEqual([fixture.expected[figure].units, 0]);
    expect(value, figure).toBeCloseTo(fixture.expected[figure].value!, 9);
  }
  expect(manifest.agreement.overall.finding.interval).toMatchObject({ level: 0.95, samples: 1000 });
  expect(manifest.agreement.settings).toMatchObject({ valueTolerance: 0.05, seed: 1 });
});
