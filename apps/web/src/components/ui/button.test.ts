import { describe, expect, it } from "vitest";
import { buttonClasses, textLinkClasses } from "./button-classes";

describe("buttonClasses", () => {
  it("gives every button look the 44px touch height and its variant's colours", () => {
    expect(buttonClasses()).toContain("min-h-11");
    expect(buttonClasses()).toContain("bg-brand-600");
    expect(buttonClasses({ variant: "secondary" })).toContain("border-slate-300");
    expect(buttonClasses({ variant: "danger" })).toContain("text-red-700");
  });

  it("makes a small button's text small and keeps the caller's layout classes", () => {
    const classes = buttonClasses({ variant: "secondary", size: "sm", className: "self-start" }).split(" ");
    expect(classes).toEqual(expect.arrayContaining(["text-sm", "px-4", "self-start"]));
    expect(classes).not.toContain("px-5");
  });

  it("keeps a link-like button to the line it stands in: no box, no padding", () => {
    const classes = buttonClasses({ variant: "link", size: "sm" });
    expect(classes).toContain(textLinkClasses);
    expect(classes).not.toMatch(/min-h-11|px-\d|rounded/);
  });
});
