import { describe, expect, it } from "vitest";
import { claimAccessProblem, isReviewerStatementEdit } from "./claim-access";

const author = { id: "u1", role: "annotator" as const };

describe("claimAccessProblem", () => {
  it("lets the author edit drafts and claims with changes requested", () => {
    expect(claimAccessProblem({ actor: author, claim: { authorId: "u1", status: "draft" } })).toBeNull();
    expect(claimAccessProblem({ actor: author, claim: { authorId: "u1", status: "changes_requested" } })).toBeNull();
  });

  it("lets an admin edit anyone's draft, but not a reviewer", () => {
    expect(
      claimAccessProblem({ actor: { id: "a", role: "admin" }, claim: { authorId: "u1", status: "draft" } }),
    ).toBeNull();
    expect(
      claimAccessProblem({ actor: { id: "r", role: "reviewer" }, claim: { authorId: "u1", status: "draft" } })?.code,
    ).toBe("forbidden");
  });

  it("locks submitted, approved and rejected claims, naming the status", () => {
    for (const status of ["submitted", "approved", "rejected"]) {
      const problem = claimAccessProblem({ actor: author, claim: { authorId: "u1", status }, action: "delete" });
      expect(problem?.code).toBe("conflict");
      expect(problem?.message).toContain(`locked in status "${status}"`);
    }
  });

  it("reports 'not yours' before 'locked'", () => {
    expect(claimAccessProblem({ actor: author, claim: { authorId: "u2", status: "approved" } })?.code).toBe(
      "forbidden",
    );
  });
});

describe("isReviewerStatementEdit", () => {
  const reviewer = { id: "r", role: "reviewer" as const };
  const submitted = { authorId: "u1", status: "submitted" };

  it("lets a reviewer send a submitted claim's statement alone", () => {
    expect(isReviewerStatementEdit({ actor: reviewer, claim: submitted, input: { statement: "S", version: 2 } })).toBe(
      true,
    );
    expect(isReviewerStatementEdit({ actor: reviewer, claim: submitted, input: { statement: null, version: 2 } })).toBe(
      true,
    );
  });

  it("refuses any other attribute, another status, the author and an annotator", () => {
    const input = { statement: "S", version: 2 };
    expect(isReviewerStatementEdit({ actor: reviewer, claim: submitted, input: { ...input, note: "n" } })).toBe(false);
    expect(isReviewerStatementEdit({ actor: reviewer, claim: submitted, input: { note: "n", version: 2 } })).toBe(
      false,
    );
    expect(isReviewerStatementEdit({ actor: reviewer, claim: { ...submitted, status: "approved" }, input })).toBe(
      false,
    );
    expect(isReviewerStatementEdit({ actor: reviewer, claim: { ...submitted, authorId: "r" }, input })).toBe(false);
    expect(isReviewerStatementEdit({ actor: { id: "a", role: "annotator" }, claim: submitted, input })).toBe(false);
  });
});
