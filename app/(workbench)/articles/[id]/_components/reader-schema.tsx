"use client";

import { createContext, useContext } from "react";
import { kindLabels, kindsInOrder } from "@/app/(workbench)/_components/claim-labels";

/** A kind of the claim schema the reader works in: what the legend, popover, keys and colours follow. */
export interface ReaderKind {
  key: string;
  label: string;
  colour: string;
  /** 1–9: the key that picks it in the tagging form. */
  shortcut: number | null;
  definition: string;
  examples: string[];
}

/** The project the reader tags in, and its kinds in order. */
export interface ReaderSchema {
  projectId: string | null;
  kinds: readonly ReaderKind[];
}

/** Without a project (and in component tests): today's six kinds, keys 1–6. */
const FALLBACK_SCHEMA: ReaderSchema = {
  projectId: null,
  kinds: kindsInOrder.map((key, i) => ({
    key,
    label: kindLabels[key],
    colour: "#56606d",
    shortcut: i + 1,
    definition: "",
    examples: [],
  })),
};

const ReaderSchemaContext = createContext<ReaderSchema>(FALLBACK_SCHEMA);
export const ReaderSchemaProvider = ReaderSchemaContext.Provider;

export function useReaderSchema(): ReaderSchema {
  return useContext(ReaderSchemaContext);
}

/** The label of a kind key in the schema (a key it does not have reads as itself). */
export function kindLabelIn(schema: ReaderSchema, key: string | null | undefined): string {
  if (!key) return "";
  return schema.kinds.find((k) => k.key === key)?.label ?? key;
}

/** The kind a number key picks, if any. */
export function kindForShortcut(schema: ReaderSchema, digit: number): ReaderKind | undefined {
  return schema.kinds.find((k) => k.shortcut === digit);
}
