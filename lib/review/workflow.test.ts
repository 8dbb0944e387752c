import { describe, expect, it } from "vitest";
import { decisionProblem, reopenProblem, submitProblem } from "./workflow";
import { ReviewClaimInput, ReopenClaimInput } from "./schema";

const author = { id: "u-author", role: "annotator" as const };
const reviewer = { id: "u-reviewer", role: "reviewer" as const };
const admin = { id: "u-admin", role: "admin" as const };

describe("review workflow rules", () => {
  it("lets the author or an admin submit drafts and changes-requested claims", () => {
    expect(submitProblem({ actor: author, claim: { authorId: author.id, status: "draft" } })).toBeNull();
    expect(submitProblem({ actor: author, claim: { authorId: author.id, status: "changes_requested" } })).toBeNull();
    expect(submitProblem({ actor: admin, claim: { authorId: author.id, status: "draft" } })).toBeNull();
    expect(submitProblem({ actor: reviewer, claim: { authorId: author.id, status: "draft" } })?.code).toBe("forbidden");
    for (const status of ["submitted", "approved", "rejected"]) {
      expect(submitProblem({ actor: author, claim: { authorId: author.id, status } })?.code).toBe("conflict");
    }
  });

  it("keeps four eyes: nobody decides on their own claim, and only on submitted ones", () => {
    expect(decisionProblem({ actor: reviewer, claim: { authorId: author.id, status: "submitted" } })).toBeNull();
    expect(decisionProblem({ actor: reviewer, claim: { authorId: reviewer.id, status: "submitted" } })?.code).toBe(
      "forbidden",
    );
    expect(decisionProblem({ actor: admin, claim: { authorId: admin.id, status: "submitted" } })?.code).toBe(
      "forbidden",
    );
    expect(decisionProblem({ actor: reviewer, claim: { authorId: author.id, status: "approved" } })?.code).toBe(
      "conflict",
    );
  });

  it("reopens decided claims only", () => {
    expect(reopenProblem({ claim: { status: "approved" } })).toBeNull();
    expect(reopenProblem({ claim: { status: "rejected" } })).toBeNull();
    expect(reopenProblem({ claim: { status: "submitted" } })?.code).toBe("conflict");
  });
});

describe("review schemas", () => {
  it("requires a comment to reject or request changes, not to approve", () => {
    expect(ReviewClaimInput.safeParse({ decision: "approve", version: 2 }).success).toBe(true);
    for (const decision of ["reject", "request_changes"]) {
      const missing = ReviewClaimInput.safeParse({ decision, version: 2, comment: "   " });
      expect(missing.success).toBe(false);
      expect(missing.error?.issues[0]?.path).toEqual(["comment"]);
      expect(ReviewClaimInput.safeParse({ decision, version: 2, comment: "wrong figure" }).success).toBe(true);
    }
    expect(ReviewClaimInput.safeParse({ decision: "maybe", version: 2 }).success).toBe(false);
    expect(ReviewClaimInput.safeParse({ decision: "approve" }).error?.issues[0]?.path).toEqual(["version"]);
  });

  it("requires a reason to reopen", () => {
    expect(ReopenClaimInput.safeParse({ reason: "", version: 3 }).success).toBe(false);
    expect(ReopenClaimInput.safeParse({ reason: "source retracted", version: 3 }).success).toBe(true);
  });
});
