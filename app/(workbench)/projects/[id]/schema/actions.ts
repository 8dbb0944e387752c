"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { AppError, toAppError } from "@/lib/errors";
import { ProjectSchemaInput } from "@/lib/projects/schema";
import { updateProjectSchema } from "@/lib/projects/update-project-schema";
import { id, parseDomain, REFUSED } from "../../form-fields";

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
