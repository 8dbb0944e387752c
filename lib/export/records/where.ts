import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { ExportFilter } from "@/lib/export/schema";

const DAY_MS = 86_400_000;
const isBareDay = (value: string) => value.length === 10;

/** The `approvedAt` bounds of an export filter (none, one or two of them). */
export function exportDateBounds(filter: ExportFilter): { gte?: Date; lt?: Date; lte?: Date } {
  const bounds: { gte?: Date; lt?: Date; lte?: Date } = {};
  if (filter.from) bounds.gte = new Date(filter.from);
  if (filter.to) {
    // A bare day means "up to the end of that day": strictly before the next midnight UTC.
    if (isBareDay(filter.to)) bounds.lt = new Date(new Date(filter.to).getTime() + DAY_MS);
    else bounds.lte = new Date(filter.to);
  }
  return bounds;
}

/** The Prisma `where` for an export filter (without the pagination cursor). */
export function exportWhere(filter: ExportFilter): Prisma.ClaimWhereInput {
  const approvedAt: Prisma.DateTimeNullableFilter = exportDateBounds(filter);
  const selected: Prisma.ClaimWhereInput = {
    status: filter.status,
    ...(filter.projectId ? { projectId: filter.projectId } : {}),
    ...(filter.annotatorId
      ? {
          OR: [
            { authorId: filter.annotatorId, layer: "annotation" },
            { projectArticle: { blind: false } },
            { projectArticle: { adjudicatedAt: { not: null } } },
          ],
        }
      : {}),
    ...(filter.articleId ? { articleId: filter.articleId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.clusterId ? { clusterId: filter.clusterId } : {}),
    ...(filter.from || filter.to ? { approvedAt } : {}),
    ...(filter.layers ? { layer: "gold" } : {}),
  };
  if (filter.layers !== "gold+raw") return selected;
  // The annotators' own layers of the articles the export has gold claims of (see the cursor's SQL).
  const raw: Prisma.ClaimWhereInput = {
    layer: "annotation",
    ...(filter.projectId ? { projectId: filter.projectId } : {}),
    ...(filter.annotatorId ? { authorId: filter.annotatorId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    assignment: { state: "submitted" },
    projectArticle: { claims: { some: selected } },
  };
  return { OR: [selected, raw] };
}
