import { parentPort } from "node:worker_threads";
import { AppError } from "@/lib/errors";
import { prepareText, type SourceDocument } from "./prepare-text";

/** What the worker answers for one document, before it says `"done"` (it says `"ready"` once, when loaded). */
export type CleanAnswer =
  { ok: true; prepared: ReturnType<typeof prepareText> } | { ok: false; code: AppError["code"]; message: string };

/** Worker thread entry: prepares the documents it is sent, one at a time (see prepare-in-worker.ts). */
function answer(source: SourceDocument): CleanAnswer {
  try {
    return { ok: true, prepared: prepareText(source) };
  } catch (error) {
    if (error instanceof AppError) return { ok: false, code: error.code, message: error.message };
    // Anything else is a bug in the cleaner, not the caller's: said as such, without details.
    console.error(error);
    return { ok: false, code: "internal", message: "Cleaning the document failed on our side; the error was logged" };
  }
}

const parent = parentPort;
if (parent) {
  parent.on("message", (source: SourceDocument) => {
    parent.postMessage(answer(source));
    parent.postMessage("done");
  });
  // Its modules are loaded: a document's time limit counts from here, not from the thread's start.
  parent.postMessage("ready");
}
