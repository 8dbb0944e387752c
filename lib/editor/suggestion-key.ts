/** The key of a suggestion: its span, which is what a dismissal records too. */
export const suggestionKey = (s: { start: number; end: number }): string => `${s.start}:${s.end}`;
