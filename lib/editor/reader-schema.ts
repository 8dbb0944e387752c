/**
 * The reader's schema: a document of paragraphs of plain text, nothing else. It is the exact
 * shape `buildDocJSON` produces and the offset mapping in `lib/anchors/paragraphs` assumes, so
 * no mark or node can creep in and shift positions. StarterKit would bring twenty extensions
 * (and their bundle weight) that a read-only article never uses.
 */
import { Node } from "@tiptap/core";

/** The top node: one or more paragraphs. */
export const ReaderDocument = Node.create({
  name: "doc",
  topNode: true,
  content: "paragraph+",
});

/** A paragraph of the canonical text, rendered as `<p>`. */
const ReaderParagraph = Node.create({
  name: "paragraph",
  group: "block",
  content: "text*",
  marks: "",
  parseHTML() {
    return [{ tag: "p" }];
  },
  renderHTML() {
    return ["p", 0];
  },
});

/** Plain text. */
export const ReaderText = Node.create({
  name: "text",
  group: "inline",
});

/** The three nodes together, in the order an editor's extension list wants them. */
export const readerSchemaExtensions = [ReaderDocument, ReaderParagraph, ReaderText];
