import type { AssignmentState, ProjectRole } from "@/lib/projects/vocabulary";

export const ROLE_LABELS: Record<ProjectRole, string> = {
  annotator: "Annotator",
  reviewer: "Reviewer",
  manager: "Manager",
};

export const ASSIGNMENT_STATE_LABELS: Record<AssignmentState, string> = {
  assigned: "Assigned",
  in_progress: "In progress",
  submitted: "Done",
  returned: "Returned",
};

export const ATTRIBUTE_LABELS = {
  value: "Value",
  qualifier: "Qualifier",
  range: "Range",
  unit: "Unit",
  timeRef: "Time reference",
  attributedTo: "Attributed to",
} as const;
