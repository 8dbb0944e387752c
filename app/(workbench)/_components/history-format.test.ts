import { describe, expect, it } from "vitest";
import {
  actionTone,
  describeAction,
  describeChanges,
  eventNote,
  formatValue,
} from "@/app/(workbench)/_components/history-format";

describe("timeline wording", () => {
  it("names actions, resubmissions and unknown ones", () => {
    expect(describeAction("claim.approve")).toBe("approved it");
    expect(describeAction("claim.submit")).toBe("submitted it for review");
    expect(describeAction("claim.submit", { resubmission: true })).toBe("resubmitted it for review");
    expect(describeAction("cluster.merge")).toBe("cluster.merge");
    expect(actionTone("claim.reject")).toBe("negative");
  });

  it("lists edited fields with labels and readable values, leaving workflow columns out", () => {
    const changes = describeChanges(
      ["note", "status", "value", "prefix"],
      { note: null, value: 30000, status: "draft" },
      { note: "checked against the UN figure", value: 40000, status: "submitted" },
    );
    expect(changes).toEqual([
      { field: "value", label: "Value", from: "30,000", to: "40,000" },
      { field: "note", label: "Note", from: "—", to: "checked against the UN figure" },
    ]);
    expect(formatValue("x".repeat(200))).toHaveLength(90);
  });

  it("finds the comment or reason an event carries", () => {
    expect(eventNote({ comment: "Wrong unit" })).toBe("Wrong unit");
    expect(eventNote({ reason: "Source retracted" })).toBe("Source retracted");
    expect(eventNote({ comment: null })).toBeNull();
    expect(eventNote(null)).toBeNull();
  });
});
