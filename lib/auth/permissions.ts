import { z } from "zod";

export const roles = ["annotator", "reviewer", "admin"] as const;
export const Role = z.enum(roles);
export type Role = z.infer<typeof Role>;

export const permissions = [
  "articles.read",
  "articles.write",
  "claims.write",
  "claims.review",
  "dataset.export",
  "users.manage",
  "projects.create",
] as const;
export type Permission = (typeof permissions)[number];

/** What each role may do; every check in the app goes through `can`. */
export const rolePermissions: Record<Role, readonly Permission[]> = {
  annotator: ["articles.read", "articles.write", "claims.write"],
  reviewer: ["articles.read", "articles.write", "claims.write", "claims.review", "dataset.export", "projects.create"],
  admin: permissions,
};

/** The signed-in person (or token owner) a request acts for. */
export interface Actor {
  id: string;
  email: string;
  name: string;
  role: Role;
  /** Set when the request authenticated with an API token rather than a session. */
  tokenId?: string;
  /** Set after an admin's password reset, until the user chooses a password of their own. */
  mustChangePassword?: boolean;
}

export function can(actor: Pick<Actor, "role">, permission: Permission): boolean {
  return rolePermissions[actor.role].includes(permission);
}

export function parseRole(value: string): Role {
  const parsed = Role.safeParse(value);
  // A role string outside the vocabulary (hand-edited row) gets the least privilege.
  return parsed.success ? parsed.data : "annotator";
}
