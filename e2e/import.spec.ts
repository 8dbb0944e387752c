import { expect, test, type Locator, type Page } from "@playwright/test";
import { DEMO_PASSWORD, SignInPage, openSection } from "./pages";

declare global {
  interface Window {
    __pwned?: unknown;
  }
}

/** Strings from the hostile markup that must never reach the page as text (or run). */
const JUNK = [
  "__pwned",
  "onerror",
  "javascript:",
  "<script",
  "<svg",
  "<iframe",
  "junk-style-rule",
  "display:none",
  "junk-svg-text",
  "junk-iframe-text",
  "junk-form-label",
  "junk-form-value",
  "junk-form-button",
];

/**
 * A sentence no other run has: a fresh figure every few words means a rerun on the same
 * database (or --repeat-each) is not taken for a near-duplicate of the last run's article.
 */
function figures(): string {
  const n = () => String(1000 + Math.floor(Math.random() * 9_000_000));
  return `Clerks counted ${n()} ships, ${n()} barges and ${n()} ferries in ${n()} days, against ${n()} crews, ${n()} pilots and ${n()} tugs the year before.`;
}

/** A news page with a real body wrapped in every kind of markup that could execute or leak. */
function hostilePage(run: string, marker: string): string {
  return `<!doctype html><html><head><title>Harbour traffic rises ${run}</title>
<style>body{display:none} .junk-style-rule{color:red}</style>
<script>window.__pwned=1</script></head>
<body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article>
<h1>Harbour traffic rises ${run}</h1>
<p>The harbour authority said on Monday that traffic through the port rose sharply this year, with container ships arriving from across the region and waiting times at the outer anchorage growing longer each month. ${figures()}</p>
<img src=x onerror="window.__pwned=1">
<p>Officials counted more ships by the end of November than in any year since records began, and said a new berth would open in the spring. <a href="javascript:window.__pwned=1">click</a> to read the statement. ${figures()}</p>
<svg><script>window.__pwned=1</script><text>junk-svg-text</text></svg>
<p>${marker} ${figures()}</p>
<iframe src="javascript:window.__pwned=1">junk-iframe-text</iframe>
<form action="https://evil.example/steal"><label>junk-form-label</label><input name="q" value="junk-form-value"><button>junk-form-button</button></form>
<p>Dock workers welcomed the news but warned that staffing had not kept pace with the growth, and their union asked the authority to hire more crane operators before the new berth opens. <a href="https://example.org/report">The full report</a> is online. ${figures()}</p>
</article>
</body></html>`;
}

/** The import page's paste form, as a user fills it in. */
class PasteForm {
  constructor(private readonly page: Page) {}

  async goto() {
    await openSection(this.page, "Import");
    await expect(this.page.getByRole("heading", { level: 1, name: "Import" })).toBeVisible();
  }

  async paste({ format, content, title }: { format: "Text" | "HTML" | "Markdown"; content: string; title?: string }) {
    await this.page.getByRole("radio", { name: format }).check();
    if (title !== undefined) await this.page.getByLabel("Title").fill(title);
    await this.page.getByLabel("Content").fill(content);
    await this.page.getByRole("button", { name: "Import", exact: true }).click();
  }

  /** The success or duplicate panel under the form. */
  result(kind: "Imported:" | "Already in the corpus:"): Locator {
    return this.page.locator(".import-result").filter({ hasText: kind });
  }
}

async function signIn(page: Page) {
  await new SignInPage(page).goto();
  await new SignInPage(page).signIn("annotator@claimbench.test", DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/articles$/);
}

const runId = () => `${Date.now().toString(36)}${Math.floor(Math.random() * 1e4)}`;

test("hostile HTML pasted on the import page runs nothing, keeps the article, and is stored once", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await signIn(page);
  const run = runId();
  const marker = `Marker ${run}: the harbour pilots logged 4,812 arrivals.`;
  const html = hostilePage(run, marker);
  const form = new PasteForm(page);
  await form.goto();
  // No title: an HTML page brings its own.
  await form.paste({ format: "HTML", content: html });

  const created = form.result("Imported:");
  await expect(created).toBeVisible();
  const articleLink = created.getByRole("link", { name: `Harbour traffic rises ${run}` });
  const href = await articleLink.getAttribute("href");
  expect(href).toMatch(/^\/articles\/[^/]+$/);
  await expect(page.getByRole("status").filter({ hasText: "Imported" })).toHaveText(
    `Imported “Harbour traffic rises ${run}”.`,
  );

  await created.getByRole("link", { name: "Open article" }).click();
  await expect(page).toHaveURL(new RegExp(`${href}$`));
  const main = page.getByRole("main");
  await expect(main.getByText(marker)).toBeVisible();
  await expect(main.getByText(/Dock workers welcomed the news/)).toBeVisible();
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  const bodyText = await page.locator("body").innerText();
  for (const junk of JUNK) expect(bodyText, `"${junk}" leaked into the page`).not.toContain(junk);
  expect(await page.locator("iframe, svg script, form[action*='evil']").count()).toBe(0);

  // No link on the page may carry a script URL; links in the article text are followed too.
  for (const link of await main.locator("a[href]").all()) {
    expect(await link.evaluate((a) => (a as HTMLAnchorElement).protocol)).toMatch(/^(https?|mailto):$/);
  }
  const bodyLinks = page.getByRole("region", { name: "Article text" }).locator(".reader-text a");
  for (let i = 0; i < (await bodyLinks.count()); i++) {
    await bodyLinks.nth(i).click({ modifiers: ["ControlOrMeta"] });
  }
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();

  // The same page again is recognised and points at the stored article.
  await form.goto();
  await form.paste({ format: "HTML", content: html });
  const duplicate = form.result("Already in the corpus:");
  await expect(duplicate).toBeVisible();
  await expect(duplicate.getByRole("link", { name: `Harbour traffic rises ${run}` })).toHaveAttribute(
    "href",
    href ?? "",
  );
  await expect(duplicate).toContainText("Matched by identical text");
  const list = await page.request.get(`/api/articles?q=${encodeURIComponent(run)}`);
  expect(((await list.json()) as { total: number }).total).toBe(1);

  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});

test("a form sent without title or text shows the server's message at each field", async ({ page }) => {
  await signIn(page);
  const form = new PasteForm(page);
  await form.goto();
  await form.paste({ format: "Text", content: "" });
  await expect(page.getByLabel("Title")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Title is required with text (only html may leave it out).")).toBeVisible();
  await expect(page.getByLabel("Content")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("Content must not be empty.")).toBeVisible();
  await expect(page.getByLabel("Title")).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "Not imported" })).toHaveText(
    "Not imported: 2 fields need attention.",
  );

  await page.getByLabel("Source URL").fill("ftp://example.org/x");
  await form.paste({
    format: "Text",
    title: "Fine title",
    content: "Some text that is long enough to be an article of sorts.",
  });
  await expect(page.getByText("Source URL must be an http(s) URL.")).toBeVisible();
  await expect(page.getByLabel("Title")).not.toHaveAttribute("aria-invalid", "true");
});

test("Import anyway stores a copy that the article list flags as a near-duplicate", async ({ page }) => {
  await signIn(page);
  const run = runId();
  const title = `Port strike ends ${run}`;
  const text = [
    `Crane operators at the northern port ended their strike on Tuesday (${run}) after nine days, when the port authority agreed to hire forty more staff and to review shift patterns before the new berth opens in the spring. ${figures()}`,
    `The union said the agreement met its main demands, while shipping lines warned that the backlog of containers at the outer anchorage would take weeks to clear. ${figures()}`,
    `Officials expect traffic to return to normal by the end of the month, although some vessels have already been diverted to other ports along the coast. ${figures()}`,
  ].join("\n\n");
  const form = new PasteForm(page);
  await form.goto();
  await form.paste({ format: "Markdown", title, content: text });
  const firstHref = await form.result("Imported:").getByRole("link", { name: title }).getAttribute("href");

  await form.paste({ format: "Markdown", title, content: text });
  const duplicate = form.result("Already in the corpus:");
  await expect(duplicate).toBeVisible();
  await duplicate.getByRole("button", { name: "Import anyway" }).click();
  const copy = form.result("Imported:");
  await expect(copy).toContainText("similar to an earlier article");
  const copyHref = await copy.getByRole("link", { name: title }).getAttribute("href");
  expect(copyHref).not.toBe(firstHref);

  await page.goto(`/articles?q=${encodeURIComponent(run)}`);
  const rows = page
    .getByRole("table")
    .getByRole("row")
    .filter({ has: page.getByRole("cell") });
  await expect(rows).toHaveCount(2);
  // A row is picked by its title link; the copy's flag links to the first article too.
  const rowOf = (href: string | null) =>
    rows.filter({ has: page.getByRole("link", { name: title, exact: true }).and(page.locator(`[href="${href}"]`)) });
  const copyRow = rowOf(copyHref);
  const flag = copyRow.getByRole("link", { name: /Near-duplicate/ });
  await expect(flag).toHaveAttribute("href", firstHref ?? "");
  await expect(flag).toHaveAttribute("title", /nearly identical to an earlier article/);
  await expect(rowOf(firstHref).getByRole("link", { name: /Near-duplicate/ })).toHaveCount(0);
});

test("several files upload at once, each with its own result; unusable ones are refused", async ({ page }) => {
  await signIn(page);
  const run = runId();
  await new PasteForm(page).goto();
  const good = `Ferry timetable changes ${run}\n\nThe ferry company said the winter timetable would start a week early this year because of falling passenger numbers on the island routes, and that two of its older vessels would be withdrawn for repairs until March. ${figures()}`;
  const jsonl = [
    JSON.stringify({
      title: `Bridge reopens ${run}`,
      text: `The coastal bridge reopened to traffic on Friday after repairs to its expansion joints took longer than the engineers had planned. ${figures()}`,
    }),
    JSON.stringify({ title: `No text ${run}` }),
  ].join("\n");

  // The drop zone is a button: the keyboard opens the file picker from it.
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: /Choose files or drop them here/ }).focus();
  await page.keyboard.press("Enter");
  await (
    await chooser
  ).setFiles([
    { name: "ferry.txt", mimeType: "text/plain", buffer: Buffer.from(good) },
    { name: "empty.txt", mimeType: "text/plain", buffer: Buffer.alloc(0) },
    { name: "setup.exe", mimeType: "application/octet-stream", buffer: Buffer.from("MZ\u0090\u0000binary") },
    { name: "batch.jsonl", mimeType: "application/x-ndjson", buffer: Buffer.from(jsonl) },
  ]);

  const files = page.getByRole("list", { name: "Files" });
  const item = (name: string) => files.locator(":scope > li").filter({ hasText: name });
  await expect(page.getByRole("status").filter({ hasText: "All uploads finished" })).toContainText(
    "2 created, 0 duplicates, 3 errors",
  );
  await expect(page.getByText("3 of 3 files")).toBeVisible();

  await expect(item("ferry.txt")).toContainText("Created");
  await expect(item("ferry.txt").getByRole("link", { name: `Ferry timetable changes ${run}` })).toHaveAttribute(
    "href",
    /^\/articles\//,
  );
  await expect(item("empty.txt")).toContainText("The file is empty");
  await expect(item("setup.exe")).toContainText("“.exe” files are not supported");
  const lines = item("batch.jsonl").getByRole("list", { name: "Lines of batch.jsonl" }).getByRole("listitem");
  await expect(lines).toHaveCount(2);
  await expect(lines.nth(0)).toContainText("Line 1");
  await expect(lines.nth(0).getByRole("link", { name: `Bridge reopens ${run}` })).toBeVisible();
  await expect(lines.nth(1)).toContainText("Line 2");
  await expect(lines.nth(1)).toContainText("Error");

  // The same file again is a duplicate, reported as such.
  await page.getByRole("button", { name: "Clear list" }).click();
  await page
    .getByLabel("Files to import")
    .setInputFiles([{ name: "ferry-again.txt", mimeType: "text/plain", buffer: Buffer.from(good) }]);
  await expect(item("ferry-again.txt")).toContainText("Duplicate");
  await expect(item("ferry-again.txt")).toContainText(`Already in the corpus: Ferry timetable changes ${run}`);
});
