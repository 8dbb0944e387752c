import type { Prisma } from "@/lib/db/generated/sqlite/client";
import type { ExportFilter } from "./schema";

const DAY_MS = 86_400_000;
const isBareDay = (value: string) => value.length === 10;

/** The Prisma `where` for an export filter (without the pagination cursor). */
export function exportWhere(filter: ExportFilter): Prisma.ClaimWhereInput {
  const approvedAt: Prisma.DateTimeNullableFilter = {};
  if (filter.from) approvedAt.gte = new Date(filter.from);
  if (filter.to) {
    // A bare day means "up to the end of that day": strictly before the next midnight UTC.
    if (isBareDay(filter.to)) approvedAt.lt = new Date(new Date(filter.to).getTime() + DAY_MS);
    else approvedAt.lte = new Date(filter.to);
  }
  return {
    status: filter.status,
    ...(filter.articleId ? { articleId: filter.articleId } : {}),
    ...(filter.kind ? { kind: filter.kind } : {}),
    ...(filter.clusterId ? { clusterId: filter.clusterId } : {}),
    ...(filter.from || filter.to ? { approvedAt } : {}),
  };
}
