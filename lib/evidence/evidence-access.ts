import type { Actor } from "@/lib/auth/permissions";

/**
 * The one rule for removing an evidence link: its creator or an admin. Pure, so the claim page
 * uses it to decide which delete buttons to show. Returns why not, or null when allowed.
 */
export function evidenceDeleteProblem({
  actor,
  link,
}: {
  actor: Pick<Actor, "id" | "role">;
  link: { createdBy: { id: string } };
}): string | null {
  if (link.createdBy.id === actor.id || actor.role === "admin") return null;
  return "Only the person who made this link or an admin may delete it";
}
