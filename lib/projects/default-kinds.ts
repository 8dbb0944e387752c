import { ALL_ATTRIBUTES_OPTIONAL, type KindAttributes } from "./vocabulary";

export interface KindDefinition {
  key: string;
  label: string;
  colour: string;
  shortcut: number | null;
  definition: string;
  examples: string[];
  attributes: KindAttributes;
}

/**
 * The six kinds the app had before projects (the migration gives them to the Default project
 * with the same words): what a new project starts with unless it brings its own schema.
 */
export const DEFAULT_KINDS: readonly KindDefinition[] = [
  {
    key: "casualty",
    label: "Casualty",
    colour: "#c0263b",
    shortcut: 1,
    definition: "A figure of people killed, injured, missing or displaced.",
    examples: ["over 30,000 people dead", "at least 120 injured"],
    attributes: ALL_ATTRIBUTES_OPTIONAL,
  },
  {
    key: "quantity",
    label: "Quantity",
    colour: "#1a63c4",
    shortcut: 2,
    definition: "Any other stated amount: money, distances, counts of things, percentages.",
    examples: ["$2.4 billion in aid", "a 7 per cent rise"],
    attributes: ALL_ATTRIBUTES_OPTIONAL,
  },
  {
    key: "event",
    label: "Event",
    colour: "#6d45c9",
    shortcut: 3,
    definition: "A statement that something happened, at a time or place.",
    examples: ["the ceasefire took effect on Monday"],
    attributes: ALL_ATTRIBUTES_OPTIONAL,
  },
  {
    key: "quote",
    label: "Quote",
    colour: "#0b7480",
    shortcut: 4,
    definition: "Words a named person or body is reported to have said.",
    examples: ['"We will not back down," the minister said'],
    attributes: ALL_ATTRIBUTES_OPTIONAL,
  },
  {
    key: "attribution",
    label: "Attribution",
    colour: "#a35a00",
    shortcut: 5,
    definition: "Who a figure or statement is credited to.",
    examples: ["according to the UN refugee agency"],
    attributes: ALL_ATTRIBUTES_OPTIONAL,
  },
  {
    key: "other",
    label: "Other",
    colour: "#56606d",
    shortcut: 6,
    definition: "A checkable factual claim that fits none of the kinds above.",
    examples: [],
    attributes: ALL_ATTRIBUTES_OPTIONAL,
  },
];
