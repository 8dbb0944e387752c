import type { BundleInfo } from "./bundle-info";
import { isLicenceId, type BundleFile, type BundleStats } from "./dataset-card";
import { exportJsonSchema } from "@/lib/export/json-schemas";

/** The JSON-LD context of Croissant 1.0 (its specification's Appendix 1). */
export const CROISSANT_CONTEXT = {
  "@language": "en",
  "@vocab": "https://schema.org/",
  sc: "https://schema.org/",
  cr: "http://mlcommons.org/croissant/",
  rai: "http://mlcommons.org/croissant/RAI/",
  dct: "http://purl.org/dc/terms/",
  citeAs: "cr:citeAs",
  column: "cr:column",
  conformsTo: "dct:conformsTo",
  data: { "@id": "cr:data", "@type": "@json" },
  dataType: { "@id": "cr:dataType", "@type": "@vocab" },
  examples: { "@id": "cr:examples", "@type": "@json" },
  extract: "cr:extract",
  field: "cr:field",
  fileProperty: "cr:fileProperty",
  fileObject: "cr:fileObject",
  fileSet: "cr:fileSet",
  format: "cr:format",
  includes: "cr:includes",
  isLiveDataset: "cr:isLiveDataset",
  jsonPath: "cr:jsonPath",
  key: "cr:key",
  md5: "cr:md5",
  parentField: "cr:parentField",
  path: "cr:path",
  recordSet: "cr:recordSet",
  references: "cr:references",
  regex: "cr:regex",
  repeated: "cr:repeated",
  replace: "cr:replace",
  separator: "cr:separator",
  source: "cr:source",
  subField: "cr:subField",
  transform: "cr:transform",
};

type Schema = { type?: string | string[]; properties?: Record<string, Schema>; anyOf?: Schema[]; const?: unknown };

/** Croissant's atomic data type of a JSON Schema property, or null for a list (described by the JSON Schema only). */
function dataType(schema: Schema): string | null | "object" {
  const alts = schema.anyOf ?? [schema];
  const types = alts.flatMap((a) => (Array.isArray(a.type) ? a.type : [a.type])).filter((t) => t && t !== "null");
  if (types.includes("array")) return null;
  if (types.includes("object")) return "object";
  if (types.includes("integer") || (typeof schema.const === "number" && Number.isInteger(schema.const)))
    return "sc:Integer";
  if (types.includes("number")) return "sc:Float";
  if (types.includes("boolean")) return "sc:Boolean";
  return "sc:Text";
}

const objectProperties = (schema: Schema): Record<string, Schema> =>
  (schema.anyOf ?? [schema]).find((a) => a.properties)?.properties ?? {};

/**
 * The fields of a record set read from a JSON Lines file: each top-level column, a nested object
 * as a field with a sub-field per key (the column, then a JSONPath into it). Lists (the evidence)
 * are left to the file's JSON Schema.
 */
function fields(recordSet: string, file: string, schema: Schema) {
  const source = (column: string, path?: string) => ({
    fileObject: { "@id": file },
    extract: { column },
    ...(path ? { transform: { jsonPath: path } } : {}),
  });
  return Object.entries(schema.properties ?? {}).flatMap(([name, property]): Record<string, unknown>[] => {
    const type = dataType(property);
    if (type === null) return [];
    const id = `${recordSet}/${name}`;
    if (type !== "object") return [{ "@type": "cr:Field", "@id": id, name, dataType: type, source: source(name) }];
    const subField = Object.entries(objectProperties(property)).flatMap(([key, sub]) => {
      const subType = dataType(sub);
      if (subType === null || subType === "object") return [];
      return [{ "@type": "cr:Field", "@id": `${id}/${key}`, name: key, dataType: subType, source: source(name, key) }];
    });
    return [{ "@type": "cr:Field", "@id": id, name, subField }];
  });
}

/**
 * Croissant 1.0 metadata of a bundle: the dataset (its required properties: name, description,
 * conformsTo, license, url, creator, datePublished), the two JSON Lines files with their SHA-256,
 * and a record set for each, field by field. `url` is DATASET_URL, else the project's URN;
 * `datePublished` the latest change of the claims (the same data gives the same file).
 */
export function croissantMetadata({
  info,
  stats,
  files,
}: {
  info: BundleInfo;
  stats: BundleStats;
  files: BundleFile[];
}) {
  const { project } = info;
  const licence = project.licence.trim();
  const data = [
    { file: "claims.jsonl", recordSet: "claims", schema: exportJsonSchema("jsonl"), what: "The claims, one per line." },
    {
      file: "articles.jsonl",
      recordSet: "articles",
      schema: exportJsonSchema("articles"),
      what: "The articles' canonical texts, one per line.",
    },
  ];
  return {
    "@context": CROISSANT_CONTEXT,
    "@type": "sc:Dataset",
    name: project.name,
    description:
      project.description.trim() ||
      `${stats.claims} claims from ${stats.articles} news articles, annotated and verified in Claimbench.`,
    conformsTo: "http://mlcommons.org/croissant/1.0",
    license: !licence ? "unknown" : isLicenceId(licence) ? `https://spdx.org/licenses/${licence}.html` : licence,
    url: info.url ?? `urn:claimbench:project:${project.id}`,
    creator: { "@type": "sc:Organization", name: info.publisher },
    ...(stats.latest ? { datePublished: stats.latest } : {}),
    ...(info.languages.length > 0 ? { inLanguage: info.languages } : {}),
    distribution: data.map(({ file, what }) => ({
      "@type": "cr:FileObject",
      "@id": file,
      name: file,
      description: what,
      contentUrl: file,
      encodingFormat: "application/jsonlines",
      sha256: files.find((f) => f.path === file)?.sha256 ?? "",
    })),
    recordSet: data.map(({ file, recordSet, schema, what }) => ({
      "@type": "cr:RecordSet",
      "@id": recordSet,
      name: recordSet,
      description: what,
      key: { "@id": `${recordSet}/id` },
      field: fields(recordSet, file, schema as Schema),
    })),
  };
}
