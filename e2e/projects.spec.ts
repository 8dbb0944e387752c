import { expect, test, type Page } from "@playwright/test";
import {
  ARTICLE,
  addArticle,
  MEMBER_PASSWORD,
  createProject,
  createUser,
  readerReady,
  shoot,
  signedIn,
  tag,
} from "./project-steps";
import { phraseBox } from "./pages";

/**
 * Issue 15's "done when": a manager sets up a blind project with two annotators per article;
 * both annotators take the same article from "Next article", tag it differently, never see each
 * other's claims, and submit; the manager sees both done in the matrix. A second project with
 * kinds of its own shows only those in the reader.
 */

const run = Date.now().toString(36);

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

  // The second never sees the first's claim: not in the live reader once it has fetched the full
  // claims, not in the page the server draws (its id is nowhere in the HTML or the payload), not
  // from the API the reader calls; their own is there in all three.
  await second.reload();
  await readerReady(second);
  await expect(second.locator(`[data-claim-id="${secondClaim}"]`).first()).toBeAttached();
  await expect(second.locator(`[data-claim-id="${firstClaim}"]`)).toHaveCount(0);
  await expect(second.getByText("over 30,000 people dead").first()).toBeVisible();
  await expect(second.locator("[data-claim-id]").filter({ hasText: "over 30,000 people dead" })).toHaveCount(0);
  const html = await (await second.request.get(second.url())).text();
  expect(html).not.toContain(firstClaim);
  expect(html).toContain(secondClaim);
  const articlePath = new URL(second.url()).pathname;
  const seen = await (await second.request.get(`/api${articlePath}/claims?projectId=${projectId}`)).text();
  expect(seen).toContain(secondClaim);
  expect(seen).not.toContain(firstClaim);
  expect(seen).not.toContain("over 30,000 people dead");

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
  const created = manager.waitForResponse(
    (r) => r.request().method() === "POST" && /\/api\/articles\/[^/]+\/claims$/.test(r.url()),
  );
  await dialog.getByRole("button", { name: "Save" }).click();
  const response = await created;
  expect(response.status(), await response.text()).toBe(201);
  const { id: claimId } = (await response.json()) as { id: string };

  // The claim page's search for a claim to link offers the project's kinds, not the six global ones.
  await manager.goto(`/claims/${claimId}`);
  const search = manager.getByRole("search", { name: "Find a claim to link" });
  await expect(search.getByLabel("Kind").locator("option")).toHaveText(["Any kind", "Death toll", "Pledge"]);

  // Import straight into the project: the import page offers the projects the manager manages.
  await manager.goto("/import");
  await manager.getByLabel("Import into project").selectOption({ label: `Pledges ${run}` });
  const title = `Donors pledge ${run}`;
  await manager.getByLabel("Title").fill(title);
  await manager
    .getByLabel("Content")
    .fill(`Donors pledged 2.3 billion dollars for the region at the conference, the organisers said (${run}).`);
  await manager.getByRole("button", { name: "Import", exact: true }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Imported" })).toHaveText(`Imported “${title}”.`);
  // The result says which project the article was added to, with a link to it.
  const addedTo = manager.locator(".import-result p").filter({ hasText: "Added to the project" });
  await expect(addedTo).toHaveText(`Added to the project Pledges ${run}.`);
  await expect(addedTo.getByRole("link", { name: `Pledges ${run}` })).toHaveAttribute("href", `/projects/${projectId}`);
  await shoot(manager, "import-into-project");
  await manager.goto(`/projects/${projectId}/matrix`);
  await expect(manager.locator(".matrix__article").filter({ hasText: title })).toBeVisible();
});
