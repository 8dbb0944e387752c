import { describe, expect, it } from "vitest";
import { can, parseRole, permissions, rolePermissions, roles } from "./permissions";

describe("permissions", () => {
  it("grant each role exactly its permissions", () => {
    const table = Object.fromEntries(roles.map((role) => [role, permissions.filter((p) => can({ role }, p))]));
    expect(table).toEqual({
      annotator: ["articles.read", "articles.write", "claims.write"],
      reviewer: [
        "articles.read",
        "articles.write",
        "claims.write",
        "claims.review",
        "dataset.export",
        "projects.create",
      ],
      admin: [...permissions],
    });
  });

  it("only admins manage users", () => {
    expect(roles.filter((role) => rolePermissions[role].includes("users.manage"))).toEqual(["admin"]);
  });

  it("treat an unknown stored role as the least privileged", () => {
    expect(parseRole("superuser")).toBe("annotator");
    expect(parseRole("reviewer")).toBe("reviewer");
  });
});
