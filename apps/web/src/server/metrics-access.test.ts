import { describe, expect, it } from "vitest";
import { metricsAccess } from "./metrics-access";

const token = "metrics-token-metrics-token-0123";

describe("metricsAccess", () => {
  it("is disabled without a configured token, whatever the request sends", () => {
    expect(metricsAccess(new Headers({ authorization: `Bearer ${token}` }), undefined)).toBe("disabled");
  });

  it("allows the configured bearer token only", () => {
    expect(metricsAccess(new Headers({ authorization: `Bearer ${token}` }), token)).toBe("allowed");
    expect(metricsAccess(new Headers(), token)).toBe("unauthorized");
    expect(metricsAccess(new Headers({ authorization: `Bearer ${token}x` }), token)).toBe("unauthorized");
    expect(metricsAccess(new Headers({ authorization: `Bearer ${token.slice(0, -1)}` }), token)).toBe("unauthorized");
    expect(metricsAccess(new Headers({ authorization: token }), token)).toBe("unauthorized");
  });
});
