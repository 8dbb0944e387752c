import type { Metadata } from "next";
import { requireActor } from "@/lib/auth/current-actor";
import { maxImportBytes } from "@/lib/articles/import/limits";
import { MAX_NAME_CHARS, MAX_TITLE_CHARS } from "@/lib/articles/schema";
import { PasteForm } from "./_components/paste-form";
import { UploadPanel } from "./_components/upload-panel";
import "./import.css";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requireActor("/import", "articles.write");
  // Read per request on the server: the limit is the operator's setting, not the bundle's.
  const maxBytes = maxImportBytes();

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Import</h1>
          <p className="page-header__lede import-lede">
            Add articles to the corpus. Each is cleaned (scripts, site chrome, comment forms and repeated blocks are
            left out) and checked against what is already there. Scripts can use the API instead:{" "}
            <code>POST /api/articles</code>, <code>/api/articles/upload</code> or <code>/api/articles/bulk</code>.
          </p>
        </div>
      </div>

      <div className="import-grid">
        <section className="card card--padded" aria-labelledby="paste-heading">
          <h2 id="paste-heading">Paste an article</h2>
          <p className="section__lede import-section__lede">One article as text, HTML or Markdown.</p>
          <PasteForm limits={{ maxBytes, titleChars: MAX_TITLE_CHARS, nameChars: MAX_NAME_CHARS }} />
        </section>

        <section className="card card--padded" aria-labelledby="upload-heading">
          <h2 id="upload-heading">Upload files</h2>
          <p className="section__lede import-section__lede">
            Many files at once; each file’s title comes from the document itself.
          </p>
          <UploadPanel maxBytes={maxBytes} />
        </section>
      </div>
    </>
  );
}
