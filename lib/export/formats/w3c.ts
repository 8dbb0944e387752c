import type { ExportFormatWriter } from "./writer";
import type { ExportRecord } from "@/lib/export/records/record";
import { arrayElement, ARRAY_END } from "./json-array";

/** The annotated document: its URL when it has one, else a stable URN (the model needs an IRI). */
export const articleIri = (article: ExportRecord["article"]) => article.url ?? `urn:claimbench:article:${article.id}`;

function textBody(purpose: string, value: string, format = "text/plain") {
  return { type: "TextualBody", purpose, value, format };
}

/**
 * One claim as a W3C Web Annotation. Only terms of the anno.jsonld context are used so a JSON-LD
 * processor keeps everything: kind as a classifying tag, the verdict as an assessment, the
 * justification as a comment, the full attribute set as a JSON describing body, evidence URLs as
 * linking bodies.
 */
export function toW3cAnnotation(r: ExportRecord) {
  const attributes = {
    kind: r.kind,
    value: r.value,
    qualifier: r.qualifier,
    valueMax: r.valueMax,
    unit: r.unit,
    timeRef: r.timeRef,
    attributedTo: r.attributedTo,
    cluster: r.cluster,
    evidence: r.evidence,
  };
  const body: unknown[] = [
    textBody("classifying", r.kind),
    textBody("describing", JSON.stringify(attributes), "application/json"),
  ];
  if (r.verdict) body.push(textBody("assessing", r.verdict));
  if (r.justification) body.push(textBody("commenting", r.justification));
  for (const e of r.evidence)
    if (e.type === "url") body.push({ type: "SpecificResource", purpose: "linking", source: e.url });
  return {
    id: `urn:claimbench:claim:${r.id}`,
    type: "Annotation",
    motivation: "assessing",
    creator: { id: `urn:claimbench:user:${r.annotator.id}`, type: "Person", name: r.annotator.name },
    ...(r.approvedAt ? { generated: r.approvedAt } : {}),
    body,
    target: {
      source: articleIri(r.article),
      selector: [
        { type: "TextQuoteSelector", exact: r.span.exact, prefix: r.span.prefix, suffix: r.span.suffix },
        // UTF-16 code units, end exclusive (the model says "characters"; JavaScript strings count code units).
        { type: "TextPositionSelector", start: r.span.start, end: r.span.end },
      ],
    },
  };
}

const HEAD = JSON.stringify({
  "@context": "http://www.w3.org/ns/anno.jsonld",
  id: "urn:claimbench:export",
  type: "AnnotationCollection",
  label: "Claimbench claims",
});

/** A W3C `AnnotationCollection` (JSON-LD) whose first and only page embeds every annotation. */
export const w3cFormat: ExportFormatWriter = {
  contentType: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"; charset=utf-8',
  extension: ".w3c.jsonld",
  // The collection's own keys, then an open `first` page; closed again in end().
  begin: () => `${HEAD.slice(0, -1)},"first":{"type":"AnnotationPage","startIndex":0,"items":[`,
  record: (record, index) => arrayElement(toW3cAnnotation(record), index),
  end: () => `${ARRAY_END.trimEnd()}}}\n`,
};
