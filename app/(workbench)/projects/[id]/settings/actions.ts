"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { AppError } from "@/lib/errors";
import { UpdateProjectInput } from "@/lib/projects/schema";
import { updateProject } from "@/lib/projects/update-project";
import { checkbox, id, int, optionalInt, parseDomain, REFUSED } from "../../form-fields";

const SettingsForm = z.object({
  projectId: id,
  version: int,
  name: z.string(),
  description: z.string(),
  licence: z.string(),
  annotatorsPerArticle: int,
  blind: checkbox,
  assignmentMode: z.string(),
  queueOrder: z.string(),
  quotaKind: z.enum(["none", "count", "share"], { error: "must be none, a count or a share" }),
  quotaCount: optionalInt,
  quotaPercent: z.string(),
  abandonAfterHours: z.string(),
  requireGuidelinesRead: checkbox,
  overlapPercent: z.string(),
  valueTolerancePercent: z.string(),
  autoMerge: z.string(),
  majorityPercent: z.string(),
  anonymousAdjudication: checkbox,
  adjudicationIsReview: checkbox,
  escalationMeasure: z.string(),
  escalationThreshold: z.string(),
  escalationMaxAnnotators: optionalInt,
});

export const saveSettingsAction = action(
  {
    permission: "articles.read",
    input: SettingsForm,
    refused: REFUSED,
    labels: {
      name: "Name",
      description: "Description",
      licence: "Licence",
      annotatorsPerArticle: "Annotators per article",
      assignmentMode: "Assignment",
      queueOrder: "Order",
      quotaCount: "Quota",
      quotaPercent: "Quota",
      abandonAfterHours: "Abandonment timeout",
      overlapPercent: "Overlap",
      valueTolerancePercent: "Value tolerance",
      autoMerge: "Merge",
      majorityPercent: "Majority",
      escalationMeasure: "Escalation",
      escalationThreshold: "Threshold",
      escalationMaxAnnotators: "Up to annotators",
    },
    keep: [],
  },
  async ({ actor, db, input }) => {
    const percent = input.quotaPercent.trim() === "" ? null : Number(input.quotaPercent);
    const hours = input.abandonAfterHours.trim() === "" ? null : Number(input.abandonAfterHours);
    const problems: { path: string; message: string }[] = [];
    if (input.quotaKind === "count" && input.quotaCount === null)
      problems.push({ path: "quotaCount", message: "is needed for a quota by count" });
    if (input.quotaKind === "share" && (percent === null || !Number.isFinite(percent) || percent <= 0 || percent > 100))
      problems.push({ path: "quotaPercent", message: "must be a percentage above 0 and at most 100" });
    if (hours !== null && (!Number.isFinite(hours) || hours <= 0))
      problems.push({ path: "abandonAfterHours", message: "must be a number of hours above 0 (or empty for never)" });
    const overlap = Number(input.overlapPercent);
    const majority = Number(input.majorityPercent);
    const tolerance = Number(input.valueTolerancePercent);
    const threshold = input.escalationThreshold.trim() === "" ? null : Number(input.escalationThreshold);
    if (input.overlapPercent.trim() === "" || !Number.isFinite(overlap) || overlap <= 0 || overlap > 100)
      problems.push({ path: "overlapPercent", message: "must be a percentage above 0 and at most 100" });
    if (input.valueTolerancePercent.trim() === "" || !Number.isFinite(tolerance) || tolerance < 0 || tolerance >= 100)
      problems.push({ path: "valueTolerancePercent", message: "must be a percentage from 0 to below 100" });
    if (input.majorityPercent.trim() === "" || !Number.isFinite(majority) || majority < 50 || majority > 100)
      problems.push({ path: "majorityPercent", message: "must be a percentage from 50 to 100" });
    if (threshold !== null && !Number.isFinite(threshold))
      problems.push({ path: "escalationThreshold", message: "must be a number between −1 and 1" });
    const escalation = input.escalationMeasure.trim() || null;
    if (escalation && (threshold === null || input.escalationMaxAnnotators === null))
      problems.push({ path: "escalationThreshold", message: "and the most annotators are needed to escalate" });
    if (problems.length) throw new AppError("validation_failed", "Invalid settings", problems);
    const domain = parseDomain(UpdateProjectInput, {
      version: input.version,
      name: input.name,
      description: input.description,
      licence: input.licence,
      annotatorsPerArticle: input.annotatorsPerArticle,
      blind: input.blind,
      assignmentMode: input.assignmentMode,
      queueOrder: input.queueOrder,
      quotaCount: input.quotaKind === "count" ? input.quotaCount : null,
      quotaShare: input.quotaKind === "share" && percent !== null ? percent / 100 : null,
      abandonAfterMinutes: hours === null ? null : Math.round(hours * 60),
      requireGuidelinesRead: input.requireGuidelinesRead,
      overlapThreshold: overlap / 100,
      valueTolerance: tolerance / 100,
      autoMerge: input.autoMerge,
      majorityThreshold: majority / 100,
      anonymousAdjudication: input.anonymousAdjudication,
      adjudicationIsReview: input.adjudicationIsReview,
      escalationMeasure: escalation,
      escalationThreshold: escalation ? threshold : null,
      escalationMaxAnnotators: escalation ? input.escalationMaxAnnotators : null,
    });
    await updateProject({ db, actor, projectId: input.projectId, input: domain });
    revalidatePath(`/projects/${input.projectId}`, "layout");
    return { status: "saved" as const, message: "Settings saved. Changes apply to articles not yet started." };
  },
);
