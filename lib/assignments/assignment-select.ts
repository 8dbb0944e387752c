/** Fields of an assignment that leave the data layer. */
export const assignmentSelect = {
  id: true,
  projectId: true,
  articleId: true,
  annotatorId: true,
  assignedById: true,
  state: true,
  returnReason: true,
  assignedAt: true,
  startedAt: true,
  submittedAt: true,
  returnedAt: true,
  lastActivityAt: true,
  version: true,
  article: { select: { id: true, title: true } },
  annotator: { select: { id: true, name: true } },
} as const;
