"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { publishGuidelines } from "@/lib/projects/publish-guidelines";
import { GuidelinesInput } from "@/lib/projects/schema";
import { id, int, parseDomain, REFUSED } from "../../form-fields";

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
