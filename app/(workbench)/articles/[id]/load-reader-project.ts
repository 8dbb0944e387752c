import "server-only";
import type { Actor } from "@/lib/auth/permissions";
import { getDb } from "@/lib/db/client";
import { DEFAULT_PROJECT_ID } from "@/lib/projects/default-project";
import type { Prisma } from "@/lib/db/generated/sqlite/client";
import { visibleClaimsWhere } from "@/lib/projects/claim-scope";
import { roleInProject } from "@/lib/projects/project-access";
import { kindView } from "@/lib/projects/project-view";
import { kindSelect } from "@/lib/projects/schema";
import type { ReaderSchema } from "./_components/reader-schema";

/**
 * The project the reader tags an article in, with its kinds: the one the link names
 * (`?project=`, as the queue's links do), else the one chosen in the header, else the Default
 * project, else any project of the caller's that includes the article. One query for the
 * candidates and their kinds, run beside the article's own.
 */
export async function loadReaderProject(
  actor: Pick<Actor, "id" | "role">,
  articleId: string,
  preferred: (string | null | undefined)[],
): Promise<ReaderSchema & { name: string | null; visible: Prisma.ClaimWhereInput }> {
  const wanted = [...new Set([...preferred.filter((p): p is string => !!p), DEFAULT_PROJECT_ID])];
  const rows = await getDb().project.findMany({
    where: {
      articles: { some: { articleId } },
      OR: [{ id: { in: wanted } }, { members: { some: { userId: actor.id } } }],
    },
    select: {
      id: true,
      name: true,
      visibility: true,
      members: { where: { userId: actor.id }, select: { role: true } },
      kinds: { select: kindSelect, orderBy: [{ position: "asc" }, { key: "asc" }] },
    },
    take: 20,
  });
  const seen = rows.flatMap((p) => {
    const role = roleInProject({ actor, visibility: p.visibility, memberRole: p.members[0]?.role });
    return role ? [{ ...p, role }] : [];
  });
  const pick =
    wanted.map((id) => seen.find((p) => p.id === id)).find(Boolean) ??
    [...seen].sort((a, b) => a.name.localeCompare(b.name))[0];
  // No project of the caller's includes the article: nothing of anyone's to show.
  if (!pick) return { projectId: null, name: null, kinds: [], visible: { id: { in: [] } } };
  return {
    projectId: pick.id,
    name: pick.name,
    visible: visibleClaimsWhere({ projectId: pick.id, role: pick.role, admin: actor.role === "admin", actor }),
    kinds: pick.kinds.map((k) => {
      const v = kindView(k);
      return {
        key: v.key,
        label: v.label,
        colour: v.colour,
        shortcut: v.shortcut,
        definition: v.definition,
        examples: v.examples,
      };
    }),
  };
}
