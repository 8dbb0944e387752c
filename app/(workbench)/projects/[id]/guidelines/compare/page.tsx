import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { compareGuidelines } from "@/lib/projects/compare-guidelines";
import { CompareGuidelinesQuery } from "@/lib/projects/schema";
import { loadProject } from "../../load-project";

export const metadata: Metadata = { title: "Compare guidelines" };

export default async function CompareGuidelinesPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { id } = await params;
  const { actor, project } = await loadProject(id, "/guidelines/compare");
  const query = CompareGuidelinesQuery.safeParse(await searchParams);
  const back = `/projects/${encodeURIComponent(project.id)}/guidelines`;
  if (!query.success) {
    return (
      <div role="alert" className="alert">
        Choose two versions to compare. <Link href={back}>Back to the guidelines</Link>
      </div>
    );
  }
  let result;
  try {
    result = await compareGuidelines({ db: getDb(), actor, projectId: project.id, ...query.data });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  return (
    <section aria-labelledby="compare-heading">
      <Link href={back} prefetch={false} className="back-link">
        ← Guidelines
      </Link>
      <div className="section__header">
        <div>
          <h2 id="compare-heading">
            Version {result.from.number} → version {result.to.number}
          </h2>
          <p className="section__lede">
            <span className="diff-count diff-count--added">+{result.added}</span>{" "}
            <span className="diff-count diff-count--removed">−{result.removed}</span> lines
            {result.to.changeNote ? ` · ${result.to.changeNote}` : ""}
          </p>
        </div>
      </div>
      <div
        className="card diff"
        role="table"
        aria-label={`Changes from version ${result.from.number} to ${result.to.number}`}
      >
        {result.diff.flatMap((piece, i) =>
          piece.text
            .replace(/\n$/, "")
            .split("\n")
            .map((line, j) => (
              <div key={`${i}-${j}`} role="row" className={`diff__line diff__line--${piece.op}`}>
                <span role="cell" className="diff__sign" aria-label={piece.op === "same" ? "unchanged" : piece.op}>
                  {piece.op === "added" ? "+" : piece.op === "removed" ? "−" : " "}
                </span>
                <span role="cell" className="diff__text">
                  {piece.op === "added" ? (
                    <ins>{line || " "}</ins>
                  ) : piece.op === "removed" ? (
                    <del>{line || " "}</del>
                  ) : (
                    line || " "
                  )}
                </span>
              </div>
            )),
        )}
      </div>
    </section>
  );
}
