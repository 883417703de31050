import { describe, expect, it } from "vitest";
import { toCsv } from "./csv";

describe("toCsv", () => {
  it("quotes commas, quotes and new lines, and defuses formulas", () => {
    expect(toCsv(["a", "b"], [["x,y", 'say "hi"'], ["=SUM(A1)", null]])).toBe('a,b\r\n"x,y","say ""hi"""\r\n\'=SUM(A1),\r\n');
  });
  it("writes dates as ISO and objects as JSON", () => {
    expect(toCsv(["at", "after"], [[new Date("2026-01-02T03:04:05Z"), { role: "admin" }]])).toBe('at,after\r\n2026-01-02T03:04:05.000Z,"{""role"":""admin""}"\r\n');
  });
});
