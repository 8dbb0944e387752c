"use server";

import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { z } from "zod";
import { action } from "@/lib/http/action";
import { projectAccess } from "@/lib/projects/project-access";
import { PROJECT_COOKIE } from "./current-project";

const SwitchForm = z.object({
  projectId: z.string().min(1, "must name a project").max(100),
  // Only a path of this site: the switcher sends the page it was on.
  back: z
    .string()
    .max(2000)
    .refine((p) => p.startsWith("/") && !p.startsWith("//") && !p.startsWith("/\\"), "must be a path of this site"),
});

/** The header's project switcher: remembers the chosen project and reloads the page the user was on. */
export const switchProject = action(
  { permission: "articles.read", input: SwitchForm, invalid: "Choose one of the listed projects." },
  async ({ actor, db, input }) => {
    await projectAccess({ db, actor, projectId: input.projectId });
    (await cookies()).set(PROJECT_COOKIE, input.projectId, {
      path: "/",
      httpOnly: true,
      sameSite: "lax",
      secure: process.env.NODE_ENV === "production" && process.env.NEXTAUTH_URL?.startsWith("https://"),
      maxAge: 60 * 60 * 24 * 365,
    });
    // A project's own pages move to the chosen project's same page.
    const back = input.back.replace(/^\/projects\/[^/?#]+/, `/projects/${encodeURIComponent(input.projectId)}`);
    redirect(back);
    return { status: "switched" as const };
  },
);
