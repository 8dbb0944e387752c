/**
 * Pieces of a streamed JSON array with one element per line: `[`, `\n{…}`, `,\n{…}`, `\n]\n`.
 * An empty export is `[\n]\n`, still valid JSON.
 */
export const arrayElement = (json: string, index: number) => `${index === 0 ? "\n" : ",\n"}${json}`;
export const ARRAY_END = "\n]\n";

/**
 * JSON for JSON-LD that may be pasted into an HTML `<script type="application/ld+json">`: `<`
 * as `\u003c` (so no `</script>` or `<!--` can end the script early); the same value to any
 * JSON parser.
 */
export const jsonLd = (value: unknown) => JSON.stringify(value).replaceAll("<", "\\u003c");
