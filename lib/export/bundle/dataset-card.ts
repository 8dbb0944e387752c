import type { BundleInfo } from "./bundle-info";
import type { ExportFilter } from "@/lib/export/schema";
import { exportJsonSchema } from "@/lib/export/json-schemas";
import { featuresYaml, recordFeatures } from "./hf-features";

/** What the bundle learnt while writing its data files. */
export interface BundleStats {
  claims: number;
  articles: number;
  /** Claims per verdict key ("none" for no verdict), in key order. */
  verdicts: Record<string, number>;
  /** Claims per kind, in key order. */
  kinds: Record<string, number>;
  /** The latest `updatedAt` of the claims: when the data came to be ("" when there are none). */
  latest: string;
}

/** A file already written to the bundle, with its SHA-256. */
export interface BundleFile {
  path: string;
  bytes: number;
  sha256: string;
}

/** A licence given as an identifier (`CC-BY-4.0`, `MIT`), not in words. */
export const isLicenceId = (licence: string) => /^[A-Za-z0-9][A-Za-z0-9.+-]*$/.test(licence);

/** The card's `license`: a licence id as Hugging Face spells them (lower case), `other` with its name, or `unknown`. */
function hfLicense(licence: string): string[] {
  const l = licence.trim();
  if (!l) return ["license: unknown"];
  if (isLicenceId(l)) return [`license: ${l.toLowerCase()}`];
  return ["license: other", `license_name: ${JSON.stringify(l)}`];
}

/** Hugging Face's size category for `n` records. */
export function sizeCategory(n: number): string {
  const bounds: [number, string][] = [
    [1e3, "n<1K"],
    [1e4, "1K<n<10K"],
    [1e5, "10K<n<100K"],
    [1e6, "100K<n<1M"],
    [1e7, "1M<n<10M"],
    [1e8, "10M<n<100M"],
  ];
  return bounds.find(([limit]) => n < limit)?.[1] ?? "100M<n<1B";
}

const fmt = (x: number | null) => (x === null ? "—" : x.toFixed(3));

/** The card's YAML header: licence, languages, size, task, name, the two configurations and their fields. */
function yamlHeader(info: BundleInfo, stats: BundleStats): string[] {
  const config = (name: string, file: string, count: number, format: "jsonl" | "articles", isDefault: boolean) => ({
    config: [
      `- config_name: ${name}`,
      "  data_files:",
      "  - split: train",
      `    path: ${file}`,
      ...(isDefault ? ["  default: true"] : []),
    ],
    info: [
      `- config_name: ${name}`,
      "  features:",
      ...featuresYaml(recordFeatures(exportJsonSchema(format) as never), 2),
      "  splits:",
      "  - name: train",
      `    num_examples: ${count}`,
    ],
  });
  const claims = config("claims", "claims.jsonl", stats.claims, "jsonl", true);
  const articles = config("articles", "articles.jsonl", stats.articles, "articles", false);
  return [
    "---",
    ...hfLicense(info.project.licence),
    ...(info.languages.length > 0 ? ["language:", ...info.languages.map((l) => `- ${l}`)] : []),
    "size_categories:",
    `- ${sizeCategory(stats.claims)}`,
    "task_categories:",
    "- text-classification",
    "task_ids:",
    "- fact-checking",
    `pretty_name: ${JSON.stringify(info.project.name)}`,
    "configs:",
    ...claims.config,
    ...articles.config,
    "dataset_info:",
    ...claims.info,
    ...articles.info,
    "---",
  ];
}

function agreementSection(info: BundleInfo): string[] {
  const report = info.agreement;
  if (!report) return [];
  const o = report.overall;
  const rows: [string, { value: number | null; units: number }][] = [
    ["Finding claims (kind or none), Krippendorff's α", o.finding],
    ["Kind, α", o.kind],
    ["Value, interval α", o.value],
    ["Verdict, α", o.verdict],
    ["Evidence stance, α", o.stance],
  ];
  return [
    "## Agreement",
    "",
    `Measured on ${report.totals.articles} articles annotated independently by ${report.totals.annotators} annotators ` +
      `(overlap threshold ${report.settings.overlapThreshold}); the whole report is \`agreement.json\` ` +
      "(the project's agreement page explains each measure).",
    "",
    "| measure | value | units |",
    "| --- | --- | --- |",
    ...rows.map(([name, c]) => `| ${name} | ${fmt(c.value)} | ${c.units} |`),
    `| Span F1, exact | ${fmt(o.spanF1Exact.value)} | |`,
    `| Span F1, overlap | ${fmt(o.spanF1Overlap.value)} | |`,
    "",
  ];
}

const cell = (s: string) => s.replaceAll("|", "\\|").replaceAll("\n", " ");

/**
 * The dataset card (`README.md`): the Hugging Face YAML header, then what the data is, its files
 * with their hashes, the labels, the guidelines and agreement when the project has them, and how
 * to load it. Only data-derived text: the same data gives the same card.
 */
export function datasetCard({
  info,
  filter,
  stats,
  files,
}: {
  info: BundleInfo;
  filter: ExportFilter;
  stats: BundleStats;
  files: BundleFile[];
}): string {
  const { project } = info;
  const lines = [
    ...yamlHeader(info, stats),
    "",
    `# ${project.name}`,
    "",
    ...(project.description.trim() ? [project.description.trim(), ""] : []),
    `${stats.claims} ${filter.status} claims from ${stats.articles} news articles, annotated and verified in Claimbench: ` +
      "each claim is a span of an article's text with its kind, normalised figure, a self-contained statement, " +
      "a verdict with its justification and the evidence for it.",
    "",
    `Export filter: \`${JSON.stringify(filter)}\`. Licence: ${project.licence.trim() || "not stated"}.`,
    "",
    "## Files",
    "",
    "| file | contents | bytes | SHA-256 |",
    "| --- | --- | --- | --- |",
    ...files.map((f) => `| \`${f.path}\` | ${fileContents(f.path)} | ${f.bytes} | \`${f.sha256}\` |`),
    "| `croissant.json` | Croissant 1.0 metadata | | |",
    "| `manifest.json` | every file's size and SHA-256 (this card's too) | | |",
    "",
    "## Labels",
    "",
    "| verdict | claims |",
    "| --- | --- |",
    ...Object.entries(stats.verdicts).map(([v, n]) => `| ${cell(v)} | ${n} |`),
    "",
    "| kind | claims |",
    "| --- | --- |",
    ...Object.entries(stats.kinds).map(([k, n]) => `| ${cell(k)} | ${n} |`),
    "",
    "## Fields",
    "",
    "Every field of both files is described in `schemas/` (JSON Schema, draft 2020-12). Offsets: " +
      "`span.start`/`span.end` count UTF-16 code units of the article's `text`, " +
      "`span.codePointStart`/`span.codePointEnd` code points (Python's `text[s:e]`); `end` is exclusive.",
    "",
    ...(info.guidelines
      ? [
          "## Annotation guidelines",
          "",
          `Version ${info.guidelines.version} of the project's guidelines is \`guidelines.md\`.`,
          "",
        ]
      : []),
    ...agreementSection(info),
    "## Loading",
    "",
    "```python",
    "from datasets import load_dataset",
    'claims = load_dataset("json", data_files="claims.jsonl", split="train")',
    'articles = {a["id"]: a for a in load_dataset("json", data_files="articles.jsonl", split="train")}',
    'c = claims[0]; articles[c["article"]["id"]]["text"][c["span"]["codePointStart"]:c["span"]["codePointEnd"]]',
    "```",
    "",
  ];
  return `${lines.join("\n")}`;
}

function fileContents(path: string): string {
  if (path === "claims.jsonl") return "the claims, one JSON object per line";
  if (path === "articles.jsonl") return "the articles' canonical texts with their SHA-256";
  if (path === "guidelines.md") return "the annotation guidelines";
  if (path === "agreement.json") return "the inter-annotator agreement report";
  return "JSON Schema of a data file";
}
