import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "@/test/support/cli";
import { testDb } from "@/test/support/http";
import { paragraph, token } from "@/test/support/import-texts";

describe("CLI import", () => {
  it("walks folders, imports each supported file, prints a line per file and exits 1 when one failed", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-import-"));
    const marker = token();
    fs.mkdirSync(path.join(dir, "nested"));
    fs.writeFileSync(path.join(dir, "a.txt"), `Text ${marker}\n\n${paragraph(3)}`);
    fs.writeFileSync(path.join(dir, "nested", "b.md"), `# Markdown ${marker}\n\n${paragraph(3)}`);
    fs.writeFileSync(
      path.join(dir, "nested", "c.html"),
      `<html><head><title>Html ${marker}</title></head><body><p>${paragraph(3)}</p></body></html>`,
    );
    fs.writeFileSync(path.join(dir, "d.jsonl"), `${JSON.stringify({ title: `Line ${marker}`, text: paragraph(2) })}\n`);
    fs.writeFileSync(path.join(dir, "ignored.pdf"), "%PDF-1.4");
    fs.writeFileSync(path.join(dir, "empty.txt"), "");

    const first = await runCli("import", dir, "--email", "admin@claimbench.test");
    expect(first.code, first.err).toBe(1);
    expect(first.out).toMatch(/^created +.*a\.txt → \S+ “Text w[0-9a-f]+”$/m);
    expect(first.out).toMatch(/^created +.*d\.jsonl:1 → /m);
    expect(first.out).toMatch(/^error +.*empty\.txt: The file is empty$/m);
    expect(first.out).not.toContain("ignored.pdf");
    expect(first.out).toMatch(/4 created, 0 duplicates, 1 errors \(5 files\)/);
    // Piped output gets no progress line.
    expect(first.err).not.toContain("\r");

    const stored = await testDb().article.findMany({
      where: { title: { contains: marker } },
      select: { title: true, rawFormat: true, importedBy: { select: { email: true } } },
    });
    expect(stored.map((a) => a.rawFormat).sort()).toEqual(["html", "jsonl", "markdown", "text"]);
    expect(stored.every((a) => a.importedBy?.email === "admin@claimbench.test")).toBe(true);

    const again = await runCli("import", path.join(dir, "a.txt"), path.join(dir, "nested"));
    expect(again.code).toBe(0);
    expect(again.out).toMatch(/0 created, 3 duplicates, 0 errors/);
    const forced = await runCli("import", path.join(dir, "a.txt"), "--force");
    expect(forced.out).toMatch(/1 created/);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it("imports a JSONL dataset streamed, listing only the lines that need attention", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "claimbench-dataset-"));
    const file = path.join(dir, "set.jsonl");
    const lines = Array.from({ length: 5 }, () => JSON.stringify({ title: `Set ${token()}`, text: paragraph(2) }));
    fs.writeFileSync(file, [...lines, "{oops", lines[0]].join("\n"));
    const run = await runCli("import-dataset", file);
    expect(run.code).toBe(1);
    expect(run.out).toMatch(/set\.jsonl:6: Not valid JSON/);
    expect(run.out).toMatch(/^duplicate +.*set\.jsonl:7 → /m);
    expect(run.out).toMatch(/set\.jsonl: 5 created, 1 duplicates, 1 errors/);
    expect((await runCli("import-dataset")).err).toMatch(/needs at least one JSONL file/);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
