import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getAdjudication } from "@/lib/adjudication/get-adjudication";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { loadProject } from "../../load-project";
import { AdjudicationWorkbench } from "./_components/adjudication-workbench";
import "./adjudication.css";

export const metadata: Metadata = { title: "Adjudicate" };

export default async function AdjudicationPage({ params }: { params: Promise<{ id: string; articleId: string }> }) {
  const { id, articleId } = await params;
  const { actor, project } = await loadProject(id, `/adjudication/${encodeURIComponent(articleId)}`, "project.review");
  let view;
  try {
    view = await getAdjudication({ db: getDb(), actor, projectId: project.id, articleId });
  } catch (error) {
    if (error instanceof AppError && error.code === "not_found") notFound();
    throw error;
  }
  const queueHref = `/projects/${encodeURIComponent(project.id)}/adjudication`;
  return (
    <>
      <p>
        <Link href={queueHref} className="back-link">
          ← Adjudication queue
        </Link>
      </p>
      <h2 className="adjudication__title">{view.title}</h2>
      <AdjudicationWorkbench
        initial={view}
        kinds={project.kinds.map((k) => ({ key: k.key, label: k.label }))}
        verdicts={project.verdictLabels}
        queueHref={queueHref}
      />
    </>
  );
}
