import type { KindAttributes, VerdictLabel } from "./vocabulary";
import { kindAttributes, attributeRequirements } from "./vocabulary";

/** A stored JSON column read back; a hand-edited value that is not what it should be reads as the fallback. */
function parseJson<T>(text: string, valid: (v: unknown) => v is T, fallback: T): T {
  try {
    const value: unknown = JSON.parse(text);
    return valid(value) ? value : fallback;
  } catch {
    return fallback;
  }
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isVerdictList = (v: unknown): v is VerdictLabel[] =>
  Array.isArray(v) &&
  v.every((x) => typeof x === "object" && x !== null && typeof x.key === "string" && typeof x.label === "string");
const isAttributes = (v: unknown): v is KindAttributes =>
  typeof v === "object" &&
  v !== null &&
  !Array.isArray(v) &&
  Object.entries(v).every(
    ([k, r]) =>
      (kindAttributes as readonly string[]).includes(k) && (attributeRequirements as readonly unknown[]).includes(r),
  );

export function parseVerdictLabels(text: string): VerdictLabel[] {
  return parseJson(text, isVerdictList, []);
}

/** A kind as the API and pages show it (JSON columns parsed). */
export function kindView<
  K extends {
    id: string;
    key: string;
    label: string;
    colour: string;
    shortcut: number | null;
    definition: string;
    examples: string;
    attributes: string;
    position: number;
  },
>(kind: K) {
  return {
    id: kind.id,
    key: kind.key,
    label: kind.label,
    colour: kind.colour,
    shortcut: kind.shortcut,
    definition: kind.definition,
    examples: parseJson(kind.examples, isStringList, []),
    attributes: parseJson(kind.attributes, isAttributes, {}),
    position: kind.position,
  };
}
