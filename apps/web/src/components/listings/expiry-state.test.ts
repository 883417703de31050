import { describe, expect, it } from "vitest";
import { dayMs, expiryStateOf, renewWindowDays } from "./expiry-state";

describe("expiryStateOf", () => {
  const now = new Date("2026-11-28T12:00:00Z");
  it("tells an open-ended, a current, an expiring and an expired listing apart", () => {
    expect(expiryStateOf(null, now)).toBe("none");
    expect(expiryStateOf(new Date(now.getTime() + 90 * dayMs), now)).toBe("active");
    expect(expiryStateOf(new Date(now.getTime() + renewWindowDays * dayMs), now)).toBe("expiring");
    expect(expiryStateOf(new Date(now.getTime() + 1000), now)).toBe("expiring");
    expect(expiryStateOf(now, now)).toBe("expired");
    expect(expiryStateOf(new Date(now.getTime() - dayMs), now)).toBe("expired");
  });
});
