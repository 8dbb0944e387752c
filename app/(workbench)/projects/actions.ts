"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { AppError, toAppError } from "@/lib/errors";
import { addMember } from "@/lib/projects/add-member";
import { createProject } from "@/lib/projects/create-project";
import { removeMember } from "@/lib/projects/remove-member";
import { publishGuidelines } from "@/lib/projects/publish-guidelines";
import { updateProjectSchema } from "@/lib/projects/update-project-schema";
import {
  AddMemberInput,
  CreateProjectInput,
  GuidelinesInput,
  ProjectSchemaInput,
  UpdateMemberInput,
  UpdateProjectInput,
} from "@/lib/projects/schema";
import { updateMember } from "@/lib/projects/update-member";
import { updateProject } from "@/lib/projects/update-project";

const REFUSED = "Your session has ended or you no longer manage this project. Reload the page.";
const id = z.string().min(1).max(100);
const checkbox = z.string().transform((v) => v === "on" || v === "true");
const optionalInt = z.string().transform((v, ctx) => {
  if (v.trim() === "") return null;
  const n = Number(v);
  if (!Number.isInteger(n)) {
    ctx.addIssue({ code: "custom", message: "must be a whole number" });
    return z.NEVER;
  }
  return n;
});
const int = z.string().transform((v, ctx) => {
  const n = Number(v);
  if (v.trim() === "" || !Number.isInteger(n)) {
    ctx.addIssue({ code: "custom", message: "must be a whole number" });
    return z.NEVER;
  }
  return n;
});

/** Throws the domain schema's problems as one AppError, so they land next to their fields. */
function parseDomain<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw AppError.fromZod(parsed.error);
  return parsed.data;
}

const CreateForm = z.object({
  name: z.string(),
  description: z.string(),
  licence: z.string(),
  annotatorsPerArticle: int,
  blind: checkbox,
});

export const createProjectAction = action(
  {
    permission: "projects.create",
    input: CreateForm,
    labels: {
      name: "Name",
      description: "Description",
      licence: "Licence",
      annotatorsPerArticle: "Annotators per article",
    },
    errorFields: { conflict: "name" },
    keep: ["name", "description", "licence", "annotatorsPerArticle"],
  },
  async ({ actor, db, input }) => {
    // Blind only means something with more than one annotator per article.
    const blind = input.annotatorsPerArticle > 1 && input.blind;
    const project = await createProject({ db, actor, input: parseDomain(CreateProjectInput, { ...input, blind }) });
    revalidatePath("/projects");
    redirect(`/projects/${project.id}/settings?created=1`);
    return { status: "created" as const };
  },
);

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
    });
    await updateProject({ db, actor, projectId: input.projectId, input: domain });
    revalidatePath(`/projects/${input.projectId}`, "layout");
    return { status: "saved" as const, message: "Settings saved. Changes apply to articles not yet started." };
  },
);

const AddMemberForm = z.object({ projectId: id, email: z.string(), role: z.string() });

export const addMemberAction = action(
  {
    permission: "articles.read",
    input: AddMemberForm,
    refused: REFUSED,
    labels: { email: "Email", role: "Role" },
    errorFields: { not_found: "email", conflict: "email" },
    keep: ["email", "role"],
  },
  async ({ actor, db, input }) => {
    const member = await addMember({
      db,
      actor,
      projectId: input.projectId,
      input: parseDomain(AddMemberInput, { email: input.email, role: input.role }),
    });
    revalidatePath(`/projects/${input.projectId}/members`);
    return { status: "added" as const, message: `Added ${member.user.name} (${member.user.email}) as ${member.role}.` };
  },
);

const MemberForm = z.object({ projectId: id, userId: id, version: int, role: z.string(), quota: optionalInt });

export const updateMemberAction = action(
  { permission: "articles.read", input: MemberForm, refused: REFUSED, labels: { role: "Role", quota: "Quota" } },
  async ({ actor, db, input }) => {
    const member = await updateMember({
      db,
      actor,
      projectId: input.projectId,
      userId: input.userId,
      input: parseDomain(UpdateMemberInput, { role: input.role, quota: input.quota, version: input.version }),
    });
    revalidatePath(`/projects/${input.projectId}/members`);
    return { status: "saved" as const, message: `Saved: ${member.role}.` };
  },
);

const RemoveMemberForm = z.object({ projectId: id, userId: id });

export const removeMemberAction = action(
  { permission: "articles.read", input: RemoveMemberForm, refused: REFUSED },
  async ({ actor, db, input }) => {
    await removeMember({ db, actor, projectId: input.projectId, userId: input.userId });
    revalidatePath(`/projects/${input.projectId}/members`);
    return { status: "removed" as const, message: "Removed." };
  },
);

const SchemaForm = z.object({ projectId: id, schema: z.string().max(2_000_000) });

/** The schema editor sends the whole schema as JSON; problems come back with their paths (kinds.2.shortcut). */
export const saveSchemaAction = action(
  { permission: "articles.read", input: SchemaForm, refused: REFUSED },
  async ({ actor, db, input }) => {
    let body: unknown;
    try {
      body = JSON.parse(input.schema);
    } catch {
      throw new AppError("bad_request", "The schema did not arrive whole; reload the page");
    }
    try {
      const saved = await updateProjectSchema({
        db,
        actor,
        projectId: input.projectId,
        input: parseDomain(ProjectSchemaInput, body),
      });
      revalidatePath(`/projects/${input.projectId}`, "layout");
      return {
        status: "saved" as const,
        message: `Schema saved: ${saved.kinds.length} kinds.`,
        issues: [],
        kinds: saved.kinds,
        version: saved.version,
      };
    } catch (error) {
      const appError = toAppError(error);
      if (appError.code === "internal") throw error;
      // A refused removal names its kind; the editor shows the message on that kind's card.
      const kind = typeof appError.details?.kind === "string" ? appError.details.kind : null;
      return { status: "refused" as const, message: appError.message, issues: appError.issues ?? [], kind };
    }
  },
);

const GuidelinesForm = z.object({ projectId: id, markdown: z.string(), changeNote: z.string(), baseVersion: int });

export const saveGuidelinesAction = action(
  {
    permission: "articles.read",
    input: GuidelinesForm,
    refused: REFUSED,
    labels: { markdown: "The text", changeNote: "The change note" },
    errorFields: { conflict: "markdown" },
    keep: ["markdown", "changeNote"],
  },
  async ({ actor, db, input }) => {
    const version = await publishGuidelines({
      db,
      actor,
      projectId: input.projectId,
      input: parseDomain(GuidelinesInput, {
        markdown: input.markdown,
        changeNote: input.changeNote,
        baseVersion: input.baseVersion,
      }),
    });
    revalidatePath(`/projects/${input.projectId}`, "layout");
    redirect(`/projects/${input.projectId}/guidelines?saved=${version.number}`);
    return { status: "saved" as const };
  },
);
