import type { Metadata } from "next";
import { loadProject } from "../load-project";
import { SettingsForm } from "./settings-form";

export const metadata: Metadata = { title: "Project settings" };

export default async function ProjectSettingsPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const { project } = await loadProject(id, "/settings", "project.manage");
  const { created } = await searchParams;
  return (
    <section aria-labelledby="settings-heading">
      <h2 id="settings-heading" className="visually-hidden">
        Settings
      </h2>
      {created ? (
        <div role="status" className="notice form-message">
          Project created. Next: write its guidelines, adjust its schema, add members and articles.
        </div>
      ) : null}
      <div className="card card--padded">
        <SettingsForm
          project={{
            id: project.id,
            version: project.version,
            name: project.name,
            description: project.description,
            licence: project.licence,
            annotatorsPerArticle: project.annotatorsPerArticle,
            blind: project.blind,
            assignmentMode: project.assignmentMode,
            queueOrder: project.queueOrder,
            quotaCount: project.quotaCount,
            quotaShare: project.quotaShare,
            abandonAfterMinutes: project.abandonAfterMinutes,
            requireGuidelinesRead: project.requireGuidelinesRead,
            overlapThreshold: project.overlapThreshold,
            valueTolerance: project.valueTolerance,
            autoMerge: project.autoMerge,
            majorityThreshold: project.majorityThreshold,
            anonymousAdjudication: project.anonymousAdjudication,
            adjudicationIsReview: project.adjudicationIsReview,
            escalationMeasure: project.escalationMeasure,
            escalationThreshold: project.escalationThreshold,
            escalationMaxAnnotators: project.escalationMaxAnnotators,
          }}
        />
      </div>
    </section>
  );
}
