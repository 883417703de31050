import { reviewStatuses } from "@karvon/data";
import { describe, expect, it } from "vitest";
import {
  allowedReviewEvents,
  canDecide,
  canDecideAppeal,
  isReportActionApplicable,
  mayDecideAppeal,
  nextReviewStatus,
  reportStatusAfter,
} from "./states";

describe("review state machine", () => {
  it("walks the happy path draft → submitted → published → draft (edit) → submitted", () => {
    expect(nextReviewStatus("draft", "submit")).toBe("submitted");
    expect(nextReviewStatus("submitted", "approve")).toBe("published");
    expect(nextReviewStatus("published", "edit")).toBe("draft");
  });

  it("sends a submission back with request-changes, and it can be resubmitted", () => {
    expect(nextReviewStatus("submitted", "request-changes")).toBe("changes-requested");
    expect(nextReviewStatus("changes-requested", "submit")).toBe("submitted");
    expect(nextReviewStatus("changes-requested", "edit")).toBe("draft");
  });

  it("allows decisions only on submitted items", () => {
    for (const status of reviewStatuses) {
      expect(canDecide(status)).toBe(status === "submitted");
      for (const decision of ["approve", "request-changes", "reject"] as const) {
        expect(nextReviewStatus(status, decision) !== null).toBe(status === "submitted");
      }
    }
  });

  it("keeps a rejection final unless reopened after an appeal", () => {
    expect(nextReviewStatus("rejected", "submit")).toBeNull();
    expect(nextReviewStatus("rejected", "edit")).toBeNull();
    expect(nextReviewStatus("rejected", "reopen")).toBe("submitted");
    expect(nextReviewStatus("published", "reopen")).toBeNull();
  });

  it("withdraws a submission when the owner edits it under review", () => {
    expect(nextReviewStatus("submitted", "edit")).toBe("draft");
    expect(nextReviewStatus("submitted", "submit")).toBeNull();
  });

  it("lists the events of a status", () => {
    expect(allowedReviewEvents("submitted").sort()).toEqual(["approve", "edit", "reject", "request-changes"]);
    expect(allowedReviewEvents("published")).toEqual(["edit"]);
  });
});

describe("reports and appeals", () => {
  it("closes a report as dismissed or actioned", () => {
    expect(reportStatusAfter("dismiss")).toBe("dismissed");
    expect(reportStatusAfter("hide")).toBe("actioned");
    expect(reportStatusAfter("suspend")).toBe("actioned");
    expect(reportStatusAfter("ban")).toBe("actioned");
  });

  it("hides only listings", () => {
    expect(isReportActionApplicable("listing", "hide")).toBe(true);
    expect(isReportActionApplicable("company", "hide")).toBe(false);
    expect(isReportActionApplicable("message", "hide")).toBe(false);
    expect(isReportActionApplicable("message", "ban")).toBe(true);
  });

  it("lets only another admin decide an open appeal", () => {
    expect(mayDecideAppeal({ deciderRole: "admin", deciderId: "a2", originalModeratorId: "a1" })).toBe(true);
    expect(mayDecideAppeal({ deciderRole: "admin", deciderId: "a1", originalModeratorId: "a1" })).toBe(false);
    expect(mayDecideAppeal({ deciderRole: "moderator", deciderId: "m2", originalModeratorId: "a1" })).toBe(false);
    expect(canDecideAppeal("open")).toBe(true);
    expect(canDecideAppeal("granted")).toBe(false);
  });
});
