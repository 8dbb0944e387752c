import { createHash } from "node:crypto";
import type { ExportContext, ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";
import { arrayElement, ARRAY_END, jsonLd } from "./json-array";
import { appVersion } from "@/lib/version";

/** The annotated document: its URL when it has one, else a stable URN (the model needs an IRI). */
const articleIri = (article: ExportRecord["article"]) => article.url ?? `urn:claimbench:article:${article.id}`;

/** A claim's annotation IRI: what another claim's annotation links to. */
export const claimIri = (id: string) => `urn:claimbench:claim:${id}`;

/**
 * The JSON-LD context: the model's own, and `assessing` spelled out. The hosted anno.jsonld
 * defines it, but the copies that tools ship (from before it was added) do not, and a JSON-LD
 * processor drops a motivation or purpose it cannot expand.
 */
const W3C_CONTEXT = ["http://www.w3.org/ns/anno.jsonld", { assessing: "http://www.w3.org/ns/oa#assessing" }];

const LABEL = "Claimbench claims";

/** The software that made the file (`generator`) and, for an automatic merge, the gold claim (`creator`). */
const CLAIMBENCH = { id: `urn:claimbench:software:${appVersion}`, type: "Software", name: `Claimbench ${appVersion}` };

const person = (user: { id: string; name: string }) => ({
  id: `urn:claimbench:user:${user.id}`,
  type: "Person",
  name: user.name,
});

/**
 * Who made the annotation: an annotator's own claim is theirs; a gold claim is its adjudicator's,
 * or Claimbench's when the project's auto-merge made it (no one decided).
 */
function creatorOf(r: ExportRecord) {
  if (r.layer !== "gold") return person(r.annotator);
  return r.provenance?.adjudicator ? person(r.provenance.adjudicator) : CLAIMBENCH;
}

function textBody(purpose: string, value: string, format = "text/plain") {
  return { type: "TextualBody", purpose, value, format };
}

/**
 * One claim as a W3C Web Annotation. Only terms of the context are used so a JSON-LD processor
 * keeps everything: kind as a classifying tag, the verdict as an assessment, the justification as
 * a comment, the full attribute set as a JSON describing body, each piece of evidence as a linking
 * body (the cited page, or the cited claim's annotation). The position selector counts code
 * points, as the model says; the quote selector carries the same span's words.
 */
function toW3cAnnotation(r: ExportRecord) {
  const attributes = {
    kind: r.kind,
    value: r.value,
    qualifier: r.qualifier,
    valueMax: r.valueMax,
    unit: r.unit,
    timeRef: r.timeRef,
    attributedTo: r.attributedTo,
    authorType: r.authorType,
    statement: r.statement,
    cluster: r.cluster,
    evidence: r.evidence,
    layer: r.layer,
    provenance: r.provenance,
  };
  const body: unknown[] = [
    textBody("classifying", r.kind),
    textBody("describing", JSON.stringify(attributes), "application/json"),
  ];
  if (r.statement) body.push(textBody("describing", r.statement));
  if (r.verdict) body.push(textBody("assessing", r.verdict));
  if (r.justification) body.push(textBody("commenting", r.justification));
  for (const e of r.evidence)
    body.push({
      type: "SpecificResource",
      purpose: "linking",
      source: e.type === "url" ? e.url : claimIri(e.targetClaimId),
    });
  return {
    id: claimIri(r.id),
    type: "Annotation",
    motivation: "assessing",
    creator: creatorOf(r),
    generator: CLAIMBENCH,
    modified: r.updatedAt,
    // A gold claim was derived from the annotators' claims it was made from (their annotations).
    ...(r.provenance && r.provenance.sources.length > 0
      ? { via: r.provenance.sources.map((s) => claimIri(s.claimId)) }
      : {}),
    body,
    target: {
      source: articleIri(r.article),
      selector: [
        { type: "TextQuoteSelector", exact: r.span.exact, prefix: r.span.prefix, suffix: r.span.suffix },
        { type: "TextPositionSelector", start: r.span.codePointStart, end: r.span.codePointEnd },
      ],
    },
  };
}

/** Object keys sorted at every depth: the filter's JSON independent of how it was built. */
const canonical = (value: unknown): unknown =>
  value && typeof value === "object" && !Array.isArray(value)
    ? Object.fromEntries(
        Object.entries(value)
          .filter(([, v]) => v !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([k, v]) => [k, canonical(v)]),
      )
    : value;

/**
 * A W3C `AnnotationCollection` (JSON-LD) with one embedded `AnnotationPage` holding every
 * annotation, streamed. What depends on all of them comes after them (JSON keys have no order):
 * the collection's `id` (a SHA-256 of the filter and of the annotations' bytes, so the same
 * export of the same data has the same IRI and different data a different one), `total`, `last`
 * and the page's `id` and `partOf` (the collection's id, label and total, as the model's example); and `generated`, the latest `modified` of its annotations
 * (the moment the data this file serialises came to be, so a repeat gives the same bytes; an
 * empty collection has none). An empty collection has no page (`first` would need one item).
 */
export function w3cFormat({ filter }: ExportContext): ExportFormatWriter {
  const content = createHash("sha256");
  let count = 0;
  let generated = "";
  return {
    contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
    extension: ".w3c.jsonld",
    begin: () => jsonLd({ "@context": W3C_CONTEXT, type: "AnnotationCollection", label: LABEL }).slice(0, -1),
    record(record) {
      const json = jsonLd(toW3cAnnotation(record));
      content.update(json);
      content.update("\n");
      if (record.updatedAt > generated) generated = record.updatedAt;
      const piece = arrayElement(json, count);
      count += 1;
      return count === 1 ? `,"first":{"type":"AnnotationPage","startIndex":0,"items":[${piece}` : piece;
    },
    end() {
      const id = `urn:claimbench:export:${createHash("sha256")
        .update(JSON.stringify(canonical(filter)))
        .update("\n")
        .update(content.digest("hex"))
        .digest("hex")}`;
      const page = `${id}:page:1`;
      const pageEnd =
        count > 0
          ? `${ARRAY_END.trimEnd()},${jsonLd({ id: page, partOf: { id, label: LABEL, total: count } }).slice(1)}`
          : "";
      const tail = { id, total: count, ...(count > 0 ? { last: page, generated } : {}) };
      return `${pageEnd},${jsonLd(tail).slice(1)}\n`;
    },
  };
}
