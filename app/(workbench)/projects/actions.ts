"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { createProject } from "@/lib/projects/create-project";
import { CreateProjectInput } from "@/lib/projects/schema";
import { checkbox, int, parseDomain } from "./form-fields";

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
