/** Fields of a membership that leave the data layer. */
export const memberSelect = {
  id: true,
  role: true,
  quota: true,
  activeAssignments: true,
  guidelinesSeen: true,
  version: true,
  createdAt: true,
  user: { select: { id: true, name: true, email: true } },
} as const;
