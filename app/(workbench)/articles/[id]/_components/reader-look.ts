/** Shared by the server's first paint and the editor, which must draw exactly alike. */

export const READER_LABEL = "Article text";

/** The look shared by the editor's highlights and the first paint's `<mark>`s. */
export const HIGHLIGHT_LOOK = { tag: "mark", className: "hl" } as const;

/**
 * The attributes ProseMirror and TipTap give the editor's root, rendered by the server too: when
 * the editor mounts, nothing about the root changes, so the browser does not restyle the whole
 * article (a measurable stall on long texts). `translate`, `tabindex` and the classes come from
 * ProseMirror and TipTap, the rest from `ReadOnlyText`.
 */
export const EDITOR_ROOT_ATTRIBUTES = {
  className: "tiptap reader-doc ProseMirror",
  contentEditable: true,
  suppressContentEditableWarning: true,
  role: "textbox",
  translate: "no",
  "aria-multiline": true,
  "aria-readonly": true,
  "aria-label": READER_LABEL,
  inputMode: "none",
  spellCheck: false,
  autoCorrect: "off",
  autoCapitalize: "off",
  tabIndex: 0,
} as const;
