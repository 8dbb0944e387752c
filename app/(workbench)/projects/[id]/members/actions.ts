"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { addMember } from "@/lib/projects/add-member";
import { removeMember } from "@/lib/projects/remove-member";
import { AddMemberInput, UpdateMemberInput } from "@/lib/projects/schema";
import { updateMember } from "@/lib/projects/update-member";
import { id, int, optionalInt, parseDomain, REFUSED } from "../../form-fields";

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
