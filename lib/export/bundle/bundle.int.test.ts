import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { unzipSync, strFromU8 } from "fflate";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import jsonld from "jsonld";
import { api, baseUrl, testDb } from "@/test/support/http";
import { fixture } from "@/test/support/export-fixture";
import { CROISSANT_CONTEXT } from "./croissant";

async function download(url: string, token: string) {
  const res = await fetch(`${baseUrl()}${url}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}
const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const hasPython = (() => {
  try {
    execFileSync("python3", ["-c", "import yaml, zipfile"]);
    return true;
  } catch {
    return false;
  }
})();

describe("dataset bundle (format=bundle)", () => {
  it("is a zip of the data, its schemas, card, Croissant metadata and manifest; the same data gives the same bytes", async () => {
    const f = await fixture();
    const db = testDb();
    const newest = await db.guidelinesVersion.findFirst({
      where: { projectId: "default" },
      orderBy: { number: "desc" },
    });
    await db.guidelinesVersion.create({
      data: { projectId: "default", number: (newest?.number ?? 0) + 1, markdown: "# Tag every figure\n" },
    });
    const query = `/api/export?format=bundle&articleId=${f.article.id}`;
    const first = await download(query, f.reviewer.token);
    expect(first.status).toBe(200);
    expect(first.headers.get("content-type")).toBe("application/zip");
    expect(first.headers.get("content-disposition")).toBe(
      'attachment; filename="claimbench-approved-claims.bundle.zip"',
    );
    const again = await download(query, f.reviewer.token);
    expect(sha256(again.bytes)).toBe(sha256(first.bytes));
    const manifestApi = await api(`/api/export/manifest?format=bundle&articleId=${f.article.id}`, {
      token: f.reviewer.token,
    });
    expect(manifestApi.data).toMatchObject({ format: "bundle", records: 2, sha256: sha256(first.bytes) });

    const files = unzipSync(first.bytes);
    const names = Object.keys(files);
    expect(names.slice(0, 4)).toEqual([
      "claims.jsonl",
      "articles.jsonl",
      "schemas/claims.schema.json",
      "schemas/articles.schema.json",
    ]);
    expect(names).toContain("guidelines.md");
    expect(names.slice(-3)).toEqual(["croissant.json", "README.md", "manifest.json"]);
    const text = (name: string) => strFromU8(files[name]);
    const json = (name: string) => JSON.parse(text(name));

    // The data: the same bytes as the jsonl and articles exports of the same query.
    const jsonl = await download(`/api/export?format=jsonl&articleId=${f.article.id}`, f.reviewer.token);
    expect(sha256(files["claims.jsonl"])).toBe(sha256(jsonl.bytes));
    const articles = await download(`/api/export?format=articles&articleId=${f.article.id}`, f.reviewer.token);
    expect(sha256(files["articles.jsonl"])).toBe(sha256(articles.bytes));
    const [article] = text("articles.jsonl")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(article).toMatchObject({ id: f.article.id, textSha256: sha256(Buffer.from(article.text, "utf8")) });

    // Every line validates against the schema shipped beside it.
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    for (const [file, schema] of [
      ["claims.jsonl", "schemas/claims.schema.json"],
      ["articles.jsonl", "schemas/articles.schema.json"],
    ]) {
      const validate = ajv.compile(json(schema));
      for (const line of text(file).trim().split("\n"))
        expect(validate(JSON.parse(line)), ajv.errorsText(validate.errors)).toBe(true);
    }

    // The manifest: every other file with its size and SHA-256.
    const manifest = json("manifest.json");
    expect(manifest).toMatchObject({ format: "bundle", records: { claims: 2, articles: 1 }, schemaVersion: 1 });
    expect(JSON.stringify(manifest.filter)).toBe(
      JSON.stringify({ articleId: f.article.id, projectId: "default", status: "approved" }),
    );
    // The order of the query's parameters changes nothing.
    const reordered = await download(
      `/api/export?articleId=${f.article.id}&projectId=default&format=bundle`,
      f.reviewer.token,
    );
    expect(sha256(reordered.bytes)).toBe(sha256(first.bytes));
    expect(manifest.files.map((m: { path: string }) => m.path)).toEqual(names.filter((n) => n !== "manifest.json"));
    for (const m of manifest.files)
      expect(m).toEqual({ path: m.path, bytes: files[m.path].length, sha256: sha256(files[m.path]) });

    // The card: the Hugging Face YAML header, then the dataset in words.
    const card = text("README.md");
    const header = card.split("\n---\n")[0].replace(/^---\n/, "");
    expect(card.startsWith("---\nlicense: ")).toBe(true);
    expect(header).toContain("size_categories:\n- n<1K");
    expect(header).toContain("task_categories:\n- text-classification");
    expect(header).toContain("    path: claims.jsonl");
    expect(card).toContain("2 approved claims from 1 news articles");
    expect(card).toContain(
      `| \`claims.jsonl\` | the claims, one JSON object per line | ${files["claims.jsonl"].length} |`,
    );
    expect(card).toContain("`guidelines.md`");
    if (hasPython) {
      const dir = mkdtempSync(path.join(tmpdir(), "bundle-"));
      writeFileSync(path.join(dir, "b.zip"), first.bytes);
      // Python's own zip reader checks every CRC; PyYAML reads the card's header as Hugging Face does.
      const out = execFileSync("python3", [
        "-c",
        `import json, sys, yaml, zipfile
z = zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
card = z.read("README.md").decode()
meta = yaml.safe_load(card.split("\\n---\\n")[0][4:])
print(json.dumps({"names": z.namelist(), "meta": meta, "dates": sorted({i.date_time for i in z.infolist()})}))`,
        path.join(dir, "b.zip"),
      ]);
      const { names: pyNames, meta, dates } = JSON.parse(out.toString());
      expect(pyNames).toEqual(names);
      expect(dates).toEqual([[1980, 1, 1, 0, 0, 0]]);
      expect(meta).toMatchObject({
        size_categories: ["n<1K"],
        task_categories: ["text-classification"],
        task_ids: ["fact-checking"],
        configs: [
          { config_name: "claims", data_files: [{ split: "train", path: "claims.jsonl" }], default: true },
          { config_name: "articles", data_files: [{ split: "train", path: "articles.jsonl" }] },
        ],
      });
      const claimFeatures = meta.dataset_info[0].features.map((x: { name: string }) => x.name);
      expect(claimFeatures).toEqual(Object.keys(JSON.parse(text("claims.jsonl").split("\n")[0])));
      expect(meta.dataset_info[0].splits).toEqual([{ name: "train", num_examples: 2 }]);
    }

    // Croissant 1.0: the required properties, files with their hashes, fields that name a file and
    // a column of it; and a JSON-LD processor keeps every term (safe mode fails on a dropped one).
    const croissant = json("croissant.json");
    for (const key of ["name", "description", "license", "url", "creator", "datePublished"])
      expect(croissant[key], key).toBeTruthy();
    expect(croissant).toMatchObject({
      "@type": "sc:Dataset",
      conformsTo: "http://mlcommons.org/croissant/1.0",
      "@context": CROISSANT_CONTEXT,
    });
    for (const d of croissant.distribution) expect(d.sha256).toBe(sha256(files[d.contentUrl]));
    const distributionIds = new Set(croissant.distribution.map((d: { "@id": string }) => d["@id"]));
    const firstLine = JSON.parse(text("claims.jsonl").split("\n")[0]);
    const claimsSet = croissant.recordSet.find((r: { "@id": string }) => r["@id"] === "claims");
    for (const field of claimsSet.field) {
      for (const leaf of field.subField ?? [field]) {
        expect(distributionIds.has(leaf.source.fileObject["@id"])).toBe(true);
        expect(leaf.source.extract.column in firstLine, leaf["@id"]).toBe(true);
        expect(leaf["@id"].startsWith("claims/")).toBe(true);
      }
    }
    // Ids are relative to the file, as in Croissant's own examples: expanded against where the file lies.
    const expanded = await jsonld.expand(croissant, { safe: true, base: "file:///bundle/croissant.json" } as never);
    expect(JSON.stringify(expanded)).toContain("http://mlcommons.org/croissant/recordSet");
  });

  it("leaves the agreement report out when no article has two layers, and echoes a draft filter", async () => {
    const f = await fixture();
    const res = await download(`/api/export?format=bundle&status=draft&articleId=${f.article.id}`, f.reviewer.token);
    const files = unzipSync(res.bytes);
    expect(Object.keys(files)).not.toContain("agreement.json");
    expect(JSON.parse(strFromU8(files["manifest.json"])).filter.status).toBe("draft");
    expect(strFromU8(files["claims.jsonl"])).toContain(f.draft.id);
  });
});
