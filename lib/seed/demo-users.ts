/** Demo accounts for local use; their password comes from DEMO_PASSWORD. */
export const DEMO_USERS = [
  { email: "annotator@claimbench.test", name: "Ada Annotator", role: "annotator" },
  { email: "reviewer@claimbench.test", name: "Rui Reviewer", role: "reviewer" },
  { email: "admin@claimbench.test", name: "Alex Admin", role: "admin" },
] as const;

export function demoPassword(): string {
  return process.env.DEMO_PASSWORD || "claimbench-demo";
}
