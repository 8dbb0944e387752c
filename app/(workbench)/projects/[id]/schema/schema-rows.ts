import type { KindAttributes } from "@/lib/projects/vocabulary";

/** A kind as the page hands it to the editor. */
export interface EditorKind {
  id?: string;
  key: string;
  label: string;
  colour: string;
  shortcut: number | null;
  definition: string;
  examples: string[];
  attributes: KindAttributes;
}

/** A kind as the editor holds it while it is edited. */
export interface KindRow extends Omit<EditorKind, "examples"> {
  /** Stable React key (a new kind has no id yet). */
  uid: string;
  /** One example per line, as typed. */
  examplesText: string;
}

/** A verdict label as the editor holds it. */
export interface VerdictRow {
  uid: string;
  key: string;
  label: string;
}

let counter = 0;
/** A fresh React key for a row that has no id yet. */
export const newUid = (prefix: string) => `${prefix}-${++counter}`;

export const toRow = (k: EditorKind): KindRow => ({
  ...k,
  uid: k.id ?? newUid("new"),
  examplesText: k.examples.join("\n"),
});

const NEW_COLOURS = ["#2f7d32", "#b03a8e", "#8a6d00", "#00738a", "#9c3d00", "#4b5bb5"];
export const SHORTCUTS = [1, 2, 3, 4, 5, 6, 7, 8, 9];

/** A new, empty kind: the next colour, and the first keyboard key no other kind has. */
export function newKind(rows: readonly KindRow[]): KindRow {
  const used = new Set(rows.map((r) => r.shortcut));
  return toRow({
    key: "",
    label: "",
    colour: NEW_COLOURS[rows.length % NEW_COLOURS.length],
    shortcut: SHORTCUTS.find((n) => !used.has(n)) ?? null,
    definition: "",
    examples: [],
    attributes: {},
  });
}

/** The schema as `saveSchemaAction` takes it (a JSON form field). */
export function schemaPayload(version: number, rows: readonly KindRow[], verdicts: readonly VerdictRow[]): string {
  return JSON.stringify({
    version,
    kinds: rows.map((r) => ({
      ...(r.id ? { id: r.id } : {}),
      key: r.key,
      label: r.label,
      colour: r.colour,
      shortcut: r.shortcut,
      definition: r.definition,
      examples: r.examplesText
        .split("\n")
        .map((e) => e.trim())
        .filter(Boolean),
      attributes: r.attributes,
    })),
    verdictLabels: verdicts.map(({ key, label }) => ({ key, label })),
  });
}

/** A colour the colour input can show (`#rrggbb`). */
export const isHexColour = (colour: string) => /^#[0-9a-f]{6}$/i.test(colour);
