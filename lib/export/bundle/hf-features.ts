/**
 * Hugging Face `datasets` features (the card's `dataset_info.features`) from a JSON Schema as zod
 * writes it: a string is `string`, a number `float64`, an integer `int64`, a boolean `bool`, an
 * object a `struct` of its properties, a list of objects a `list` of their fields (the union of
 * every alternative's keys), a list of scalars a `sequence`. `null` only makes a field nullable,
 * which every feature is.
 */
type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  const?: unknown;
};

export type HfFeature = { dtype: string } | { struct: HfField[] } | { list: HfField[] } | { sequence: string };
export type HfField = { name: string } & HfFeature;

const scalar: Record<string, string> = { string: "string", number: "float64", integer: "int64", boolean: "bool" };

/** The schema's alternatives without `null`. */
function alternatives(schema: Schema): Schema[] {
  const list = schema.anyOf ?? schema.oneOf;
  if (list) return list.flatMap(alternatives);
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null") : [schema.type];
  if (types.length === 0 || (types.length === 1 && types[0] === "null")) return [];
  return types.map((type) => ({ ...schema, type }));
}

/** The fields of one or more object schemas, in first-seen order. */
function fieldsOf(objects: Schema[]): HfField[] {
  const merged = new Map<string, Schema[]>();
  for (const o of objects)
    for (const [name, s] of Object.entries(o.properties ?? {})) merged.set(name, [...(merged.get(name) ?? []), s]);
  return [...merged].map(([name, schemas]) => ({ name, ...featureOf({ anyOf: schemas }) }));
}

export function featureOf(schema: Schema): HfFeature {
  const alts = alternatives(schema);
  const objects = alts.filter((a) => a.type === "object");
  if (objects.length > 0) return { struct: fieldsOf(objects) };
  const arrays = alts.filter((a) => a.type === "array");
  if (arrays.length > 0) {
    const item = featureOf({ anyOf: arrays.map((a) => a.items ?? {}) });
    if ("struct" in item) return { list: item.struct };
    return { sequence: "dtype" in item ? item.dtype : "string" };
  }
  const constant = alts.find((a) => a.const !== undefined)?.const;
  if (typeof constant === "number") return { dtype: Number.isInteger(constant) ? "int64" : "float64" };
  const type = alts.find((a) => typeof a.type === "string" && scalar[a.type as string])?.type as string | undefined;
  return { dtype: type ? scalar[type] : "string" };
}

/** The top-level fields of a record schema. */
export const recordFeatures = (schema: Schema): HfField[] => fieldsOf([schema]);

/** Features as YAML lines (block style), indented by `indent` spaces. */
export function featuresYaml(fields: HfField[], indent: number): string[] {
  const pad = " ".repeat(indent);
  return fields.flatMap((f) => {
    const head = `${pad}- name: ${JSON.stringify(f.name)}`;
    if ("dtype" in f) return [head, `${pad}  dtype: ${f.dtype}`];
    if ("sequence" in f) return [head, `${pad}  sequence: ${f.sequence}`];
    if ("struct" in f) return [head, `${pad}  struct:`, ...featuresYaml(f.struct, indent + 2)];
    return [head, `${pad}  list:`, ...featuresYaml(f.list, indent + 2)];
  });
}
