/**
 * Read-only, yet selectable from the keyboard. With `editable: false` the browser shows no
 * caret, so shift+arrow selection is impossible and keyboard users could not tag a claim.
 * This extension keeps the editor editable (a caret, native selection) and refuses every
 * change to the document instead; selection changes and decoration metas pass.
 */
import { Extension } from "@tiptap/core";
import { Plugin, PluginKey } from "@tiptap/pm/state";

export interface ReadOnlyTextOptions {
  /**
   * Accessible name of the text area (`aria-label`).
   * @default "Text"
   */
  label: string;
}

const readOnlyTextKey = new PluginKey("readOnlyText");

const refuse = (): boolean => true;

export const ReadOnlyText = Extension.create<ReadOnlyTextOptions>({
  name: "readOnlyText",

  addOptions() {
    return { label: "Text" };
  },

  addProseMirrorPlugins() {
    const { label } = this.options;
    return [
      new Plugin({
        key: readOnlyTextKey,
        // The last line of defence: whatever gets through the handlers below changes nothing.
        filterTransaction: (tr) => !tr.docChanged,
        props: {
          attributes: {
            role: "textbox",
            "aria-multiline": "true",
            "aria-readonly": "true",
            "aria-label": label,
            // No on-screen keyboard on touch devices: there is nothing to type.
            inputmode: "none",
            spellcheck: "false",
            autocorrect: "off",
            autocapitalize: "off",
            translate: "no",
          },
          handleTextInput: refuse,
          handlePaste: refuse,
          handleDrop: refuse,
          handleDOMEvents: {
            // Typing, deleting and IME input are cancelled before the DOM changes, so
            // ProseMirror never has to repair a mutated paragraph.
            beforeinput: (_view, event) => {
              event.preventDefault();
              return true;
            },
            dragstart: (_view, event) => {
              event.preventDefault();
              return true;
            },
          },
        },
      }),
    ];
  },
});
