import { describe, expect, it } from "vitest";
import { cleanSubject, subjectName, subjectNameLength } from "./subject";

describe("subjectName", () => {
  it("keeps an ordinary name as it is", () => {
    expect(subjectName("Gəncə Tekstil")).toBe("Gəncə Tekstil");
    expect(subjectName("Oʻzbekiston Paxta «Ipak»")).toBe("Oʻzbekiston Paxta «Ipak»");
  });

  it("puts a name on one line and drops invisible characters", () => {
    expect(subjectName("Karvon\r\nBcc: victim@example.org")).toBe("Karvon Bcc: victim@example.org");
    expect(subjectName("Karvon\u202Eevil\u200B\tname")).toBe("Karvon evil name");
  });

  it("replaces web addresses", () => {
    expect(subjectName("Karvon Official Support (verify at http://evil.example/login)")).toBe("Karvon Official Support (verify at …");
    expect(subjectName("Visit www.evil.example today")).toBe("Visit … today");
  });

  it("caps a long name with an ellipsis", () => {
    const capped = subjectName("A".repeat(200_000));
    expect(Array.from(capped)).toHaveLength(subjectNameLength);
    expect(capped.endsWith("…")).toBe(true);
  });
});

describe("cleanSubject", () => {
  it("is one line of at most 200 characters", () => {
    const subject = cleanSubject(`Hello\n${"x".repeat(500)}`);
    expect(subject).not.toMatch(/[\r\n]/);
    expect(Array.from(subject)).toHaveLength(200);
  });
});
