/**
 * Pieces of a streamed JSON array with one element per line: `[`, `\n{…}`, `,\n{…}`, `\n]\n`.
 * An empty export is `[\n]\n`, still valid JSON.
 */
export const arrayElement = (value: unknown, index: number) => `${index === 0 ? "\n" : ",\n"}${JSON.stringify(value)}`;
export const ARRAY_END = "\n]\n";
