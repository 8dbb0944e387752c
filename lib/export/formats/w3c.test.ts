import { execFileSync } from "node:child_process";
import { readFileSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import Ajv from "ajv-draft-04";
import addFormats from "ajv-formats";
import jsonld from "jsonld";
import { renderExport, sampleGoldRecord, sampleRecord } from "./sample-record";
import { appVersion } from "@/lib/version";
import { astralPositions, codePointSpan } from "@/lib/export/records/code-points";
import type { ExportRecord } from "@/lib/export/records/record";

const SUITE = path.resolve("test/fixtures/web-annotation-tests");
const OLD_CONTEXT = JSON.parse(readFileSync("test/fixtures/w3c-anno-context/anno.jsonld", "utf8"));

type Json = Record<string, unknown>;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const file = path.join(dir, name);
    return statSync(file).isDirectory() ? filesUnder(file) : [file];
  });
}

// The suite's shared definitions, by their ids (id.json, annotations.json, …): what its assertions $ref.
const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
for (const file of filesUnder(path.join(SUITE, "definitions"))) ajv.addSchema(JSON.parse(readFileSync(file, "utf8")));

/** The assertions a `.test` file of the suite lists, compiled (their own ids dropped: some repeat across folders). */
const compiled = new Map<string, ReturnType<typeof compileAssertions>>();
const assertions = (testFile: string) =>
  compiled.get(testFile) ?? compiled.set(testFile, compileAssertions(testFile)).get(testFile)!;
function compileAssertions(testFile: string) {
  const list = JSON.parse(readFileSync(path.join(SUITE, testFile), "utf8")).assertions as string[];
  return list.map((name) => {
    const { id, ...schema } = JSON.parse(readFileSync(path.join(SUITE, name), "utf8"));
    return {
      name: name as string,
      id: id as string,
      expected: schema.expectedResult as string,
      validate: ajv.compile(schema),
    };
  });
}

/** The failures of `doc` against a `.test` file: each assertion whose outcome is not the expected one. */
function failures(testFile: string, doc: unknown): string[] {
  return assertions(testFile).flatMap(({ name, expected, validate }) =>
    validate(doc) === (expected !== "invalid") ? [] : [`${name}: ${ajv.errorsText(validate.errors)}`],
  );
}

const text = "Toll 😀 rises 👍🏽: over 30,000 people dead, say activists 🇸🇾.";
/** A record for the words `exact` of `text`, with its offsets computed as an export computes them. */
function claimIn(exact: string, overrides: Partial<ExportRecord> = {}): ExportRecord {
  const start = text.indexOf(exact);
  const end = start + exact.length;
  const base = sampleRecord(overrides);
  const index = new Map([[base.article.id, astralPositions(text)]]);
  return { ...base, span: { ...base.span, start, end, ...codePointSpan(index, base.article.id, start, end), exact } };
}

const records = [
  claimIn("over 30,000 people dead"),
  claimIn("activists", {
    id: "c2",
    verdict: null,
    justification: "</script><script>alert(1)</script>",
    evidence: [{ type: "claim", stance: "supports", targetClaimId: "c1", quote: "over 30,000 people dead" }],
    updatedAt: "2026-12-01T00:00:00.000Z",
  }),
];
const doc = JSON.parse(renderExport("w3c", records)) as Json;
const first = doc.first as Json;
const items = first.items as Json[];

describe("w3c export against the W3C Web Annotation test suite", { timeout: 60_000 }, () => {
  it("the collection meets every MUST of collectionMusts.test", () => {
    expect(failures("collections/collectionMusts.test", doc)).toEqual([]);
  });
  it("its embedded page meets every MUST of pageMusts.test", () => {
    expect(failures("collections/pages/pageMusts.test", doc)).toEqual([]);
    expect(failures("collections/pages/pageMusts.test", { "@context": doc["@context"], ...first })).toEqual([]);
  });
  it("each annotation (with the collection's context, as it would stand alone) meets every MUST of annotationMusts.test", () => {
    for (const item of items)
      expect(failures("annotations/annotationMusts.test", { "@context": doc["@context"], ...item })).toEqual([]);
  });
  it("the optional keys we write are recognised by the suite's 'Implemented' checks", () => {
    for (const name of [
      "collections/5.1-collectionTotalImplemented.json",
      "collections/5.1-collectionLastImplemented.json",
      "collections/5.1-collectionFirstImplemented.json",
      "collections/5.1-collectionLabelImplemented.json",
    ]) {
      const { id, ...schema } = JSON.parse(readFileSync(path.join(SUITE, name), "utf8"));
      expect(ajv.validate(schema, doc), `${id}: ${ajv.errorsText(ajv.errors)}`).toBe(true);
    }
  });
  it("the suite can fail: the old export's page without an id, an annotation without a target", () => {
    const { id: _pageId, ...pageWithoutId } = first;
    expect(failures("collections/pages/pageMusts.test", { ...doc, first: pageWithoutId })).not.toEqual([]);
    const { target: _target, ...noTarget } = items[0];
    expect(failures("annotations/annotationMusts.test", { "@context": doc["@context"], ...noTarget })).not.toEqual([]);
  });

  it("page: id, partOf the collection, startIndex; collection: id, total, last, generated", () => {
    expect(doc.id).toMatch(/^urn:claimbench:export:[0-9a-f]{64}$/);
    expect(first).toMatchObject({ type: "AnnotationPage", id: `${doc.id}:page:1`, startIndex: 0 });
    expect(first.partOf).toEqual({ id: doc.id, label: "Claimbench claims", total: 2 });
    expect(doc).toMatchObject({ total: 2, last: first.id, generated: "2026-12-01T00:00:00.000Z" });
    expect(items.map((i) => i.modified)).toEqual(["2026-11-20T10:00:01.000Z", "2026-12-01T00:00:00.000Z"]);
  });
  it("an empty export is a collection with total 0 and no page", () => {
    const empty = JSON.parse(renderExport("w3c", []));
    expect(empty).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(empty).not.toHaveProperty("first");
    expect(empty).not.toHaveProperty("last");
    expect(failures("collections/collectionMusts.test", empty)).toEqual([]);
  });
  it("the collection id follows the filter and the content, and nothing else", () => {
    const again = JSON.parse(renderExport("w3c", structuredClone(records)));
    expect(again.id).toBe(doc.id);
    expect(JSON.parse(renderExport("w3c", records, { status: "approved", kind: "casualty" })).id).not.toBe(doc.id);
    expect(JSON.parse(renderExport("w3c", records.slice(0, 1))).id).not.toBe(doc.id);
  });
  it("a claim citing another claim links to that claim's annotation by IRI", () => {
    expect(items[1].body).toContainEqual({ type: "SpecificResource", purpose: "linking", source: items[0].id });
  });
  it("escapes < so the JSON-LD can sit in an HTML script element", () => {
    const raw = renderExport("w3c", records);
    expect(raw).not.toContain("<");
    expect(JSON.stringify(items[1].body)).toContain("</script><script>alert(1)</script>");
  });
});

describe("w3c provenance: creator, generator, via", () => {
  const gold = claimIn("over 30,000 people dead", sampleGoldRecord());
  const merged = claimIn("activists", {
    ...sampleGoldRecord({ id: "g2" }),
    provenance: { ...sampleGoldRecord().provenance!, kind: "unanimous", action: "merge", adjudicator: null },
  });
  const raw = claimIn("activists", { id: "c9", annotator: { id: "u7", name: "Raw Annotator" } });
  const provenanceDoc = JSON.parse(renderExport("w3c", [gold, merged, raw])) as Json;
  const [goldItem, mergedItem, rawItem] = (provenanceDoc.first as Json).items as Json[];
  const software = { id: `urn:claimbench:software:${appVersion}`, type: "Software", name: `Claimbench ${appVersion}` };

  it("a gold claim's creator is its adjudicator (a Person), an automatic merge's is Claimbench (Software), a raw claim's its annotator", () => {
    expect(goldItem.creator).toEqual({ id: "urn:claimbench:user:u2", type: "Person", name: "Rev, Iewer" });
    expect(mergedItem.creator).toEqual(software);
    expect(rawItem.creator).toEqual({ id: "urn:claimbench:user:u7", type: "Person", name: "Raw Annotator" });
  });
  it("every annotation names Claimbench with its version as generator, and its motivation", () => {
    for (const item of [goldItem, mergedItem, rawItem]) {
      expect(item.generator).toEqual(software);
      expect(item.motivation).toBe("assessing");
    }
  });
  it("a gold annotation is derived (via) from the annotators' claims, and describes its provenance", () => {
    expect(goldItem.via).toEqual(["urn:claimbench:claim:c1"]);
    expect(rawItem).not.toHaveProperty("via");
    const describing = (goldItem.body as Json[]).find(
      (b) => b.purpose === "describing" && b.format === "application/json",
    );
    expect(JSON.parse(describing!.value as string)).toMatchObject({
      layer: "gold",
      provenance: { kind: "adjudicated", reasonCode: "annotator_error", sources: [{ claimId: "c1" }] },
    });
  });
  it("meets every MUST, and every creator and generator check of the suite's agent optionals", () => {
    const agentChecks = [
      "annotations/3.3.1-annotationCreatorImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentIdImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentTypeImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentNameImplemented.json",
      "annotations/3.3.2-annotationCreatorAgentSingleNameImplemented.json",
      "annotations/3.3.1-annotationGeneratorImplemented.json",
      "annotations/3.3.2-annotationGeneratorAgentIdImplemented.json",
      "annotations/3.3.2-annotationGeneratorAgentTypeImplemented.json",
      "annotations/3.3.2-annotationGeneratorAgentNameImplemented.json",
      "annotations/3.3.2-annotationGeneratorAgentSingleNameImplemented.json",
      "annotations/3.3.7-annotationViaImplemented.json",
      "annotations/3.3.7-annotationViaValidated.json",
    ];
    const agentFailures = (item: Json) =>
      ["annotations/annotationsAgentOptionals.test", "annotations/annotationOptionals.test"]
        .flatMap((test) => failures(test, { "@context": provenanceDoc["@context"], ...item }))
        .filter((f) => agentChecks.some((name) => f.startsWith(`${name}:`)));
    for (const item of [goldItem, mergedItem, rawItem])
      expect(failures("annotations/annotationMusts.test", { "@context": provenanceDoc["@context"], ...item })).toEqual(
        [],
      );
    expect(agentFailures(goldItem)).toEqual([]);
    expect(agentFailures(mergedItem)).toEqual([]);
    // A raw claim has no via (it was derived from nothing); everything else holds.
    expect(agentFailures(rawItem)).toEqual([
      "annotations/3.3.7-annotationViaImplemented.json: data must have required property 'via'",
    ]);
    // The checks can fail: a generator without a type or name.
    expect(agentFailures({ ...goldItem, generator: { id: "x:y" } }).length).toBeGreaterThan(0);
  });
  it("expands as JSON-LD with no term dropped: dcterms:creator, as:generator, oa:via", async () => {
    const documentLoader = async (url: string) => {
      if (url !== "http://www.w3.org/ns/anno.jsonld") throw new Error(`no network in tests: ${url}`);
      return { contextUrl: undefined, documentUrl: url, document: OLD_CONTEXT };
    };
    const flat = JSON.stringify(
      await jsonld.expand(
        provenanceDoc as jsonld.JsonLdDocument,
        { documentLoader, safe: true } as jsonld.Options.Expand,
      ),
    );
    expect(flat).toContain(`"http://purl.org/dc/terms/creator":[{"@id":"urn:claimbench:user:u2"`);
    expect(flat).toContain(`"http://www.w3.org/ns/activitystreams#generator":[{"@id":"${software.id}"`);
    expect(flat).toContain(`"http://www.w3.org/ns/oa#via":[{"@id":"urn:claimbench:claim:c1"}]`);
    expect(flat).toContain(`"@type":["http://www.w3.org/ns/activitystreams#Application"]`);
  });
});

describe("w3c export as JSON-LD", () => {
  // Offline: anno.jsonld is the older copy tools ship (no `assessing`), the one that lost terms.
  const documentLoader = async (url: string) => {
    if (url !== "http://www.w3.org/ns/anno.jsonld") throw new Error(`no network in tests: ${url}`);
    return { contextUrl: undefined, documentUrl: url, document: OLD_CONTEXT };
  };
  const OA = "http://www.w3.org/ns/oa#";

  it("expands with no term dropped (safe mode fails on any), motivation and purpose as oa:assessing", async () => {
    const expanded = await jsonld.expand(
      doc as jsonld.JsonLdDocument,
      { documentLoader, safe: true } as jsonld.Options.Expand,
    );
    const flat = JSON.stringify(expanded);
    expect(flat).toContain(`"${OA}motivatedBy":[{"@id":"${OA}assessing"}]`);
    expect(flat).toContain(`"${OA}hasPurpose":[{"@id":"${OA}assessing"}]`);
    expect(flat).toContain(`"${OA}hasSource":[{"@id":"urn:claimbench:claim:c1"}]`);
    // Nothing lost: compacted again with the same context, the document comes back whole.
    const compacted = await jsonld.compact(
      expanded,
      doc["@context"] as jsonld.ContextDefinition,
      {
        documentLoader,
      } as jsonld.Options.Compact,
    );
    expect(compacted).toEqual(doc);
  });
  it("without our context's `assessing`, the old context does not give oa:assessing (what the array is for)", async () => {
    const bare = { ...doc, "@context": "http://www.w3.org/ns/anno.jsonld" };
    const expanded = JSON.stringify(
      await jsonld.expand(bare as jsonld.JsonLdDocument, { documentLoader } as jsonld.Options.Expand),
    );
    expect(expanded).not.toContain(`${OA}assessing`);
    expect(expanded).toContain(`${OA}classifying`);
  });
});

describe("w3c positions count code points", () => {
  const selector = (item: Json) =>
    ((item.target as Json).selector as Json[]).find((s) => s.type === "TextPositionSelector") as {
      start: number;
      end: number;
    };

  it("a claim after emoji resolves to its quote by code-point slicing", () => {
    for (const [i, item] of items.entries()) {
      const { start, end } = selector(item);
      expect(Array.from(text).slice(start, end).join("")).toBe(records[i].span.exact);
      // The UTF-16 offsets (the API's) are further along: two emoji and a skin tone before the claim.
      expect(records[i].span.start - start).toBe(3);
    }
  });
  it("and Python's own slicing agrees", () => {
    let python = true;
    try {
      execFileSync("python3", ["--version"]);
    } catch {
      python = false;
    }
    if (!python) return;
    const input = JSON.stringify({ text, selectors: items.map(selector) });
    const out = execFileSync(
      "python3",
      [
        "-c",
        "import json,sys; d=json.load(sys.stdin); print(json.dumps([d['text'][s['start']:s['end']] for s in d['selectors']]))",
      ],
      { input },
    );
    expect(JSON.parse(out.toString())).toEqual(records.map((r) => r.span.exact));
  }, 60_000);
});
