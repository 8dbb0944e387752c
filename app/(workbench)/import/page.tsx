import type { Metadata } from "next";
import { cookies } from "next/headers";
import { requireActor } from "@/lib/auth/current-actor";
import { maxImportBytes } from "@/lib/articles/import/limits";
import { MAX_NAME_CHARS, MAX_TITLE_CHARS } from "@/lib/articles/schema";
import { getProjectContext, PROJECT_COOKIE } from "../_components/current-project";
import { ImportWorkspace } from "./_components/import-workspace";
import "./import.css";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  const actor = await requireActor("/import", "articles.write");
  // Read per request on the server: the limit is the operator's setting, not the bundle's.
  const maxBytes = maxImportBytes();
  // The projects an import may go straight into: those the caller manages. The one chosen in the
  // header's switcher is preselected when it is one of them; otherwise none.
  const { projects } = await getProjectContext(actor);
  const manageable = projects
    .filter((p) => actor.role === "admin" || p.yourRole === "manager")
    .map(({ id, name }) => ({ id, name }));
  const chosen = (await cookies()).get(PROJECT_COOKIE)?.value;
  const initialProjectId = manageable.some((p) => p.id === chosen) ? chosen! : "";

  return (
    <>
      <div className="page-header">
        <div>
          <h1>Import</h1>
          <p className="page-header__lede import-lede">
            Add articles to the corpus. Each is cleaned (scripts, site chrome, comment forms and repeated blocks are
            left out) and checked against what is already there. Scripts can use the API instead:{" "}
            <code>POST /api/articles</code>, <code>/api/articles/upload</code> or <code>/api/articles/bulk</code> (each
            takes <code>?projectId=</code>).
          </p>
        </div>
      </div>

      <ImportWorkspace
        limits={{ maxBytes, titleChars: MAX_TITLE_CHARS, nameChars: MAX_NAME_CHARS }}
        projects={manageable}
        initialProjectId={initialProjectId}
      />
    </>
  );
}
