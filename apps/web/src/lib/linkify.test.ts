import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

describe("linkify", () => {
  it("leaves text without links as one text segment", () => {
    expect(linkify("Hello, Baku!")).toEqual([{ kind: "text", text: "Hello, Baku!" }]);
    expect(linkify("")).toEqual([]);
  });

  it("makes http and https addresses links", () => {
    expect(linkify("See https://karvon.uz/en/search?q=yarn and http://example.az.")).toEqual([
      { kind: "text", text: "See " },
      { kind: "link", text: "https://karvon.uz/en/search?q=yarn", href: "https://karvon.uz/en/search?q=yarn" },
      { kind: "text", text: " and " },
      { kind: "link", text: "http://example.az", href: "http://example.az" },
      { kind: "text", text: "." },
    ]);
  });

  it("keeps a parenthesis that belongs to the address and drops one that closes the sentence", () => {
    expect(linkify("(https://en.wikipedia.org/wiki/Silk_Road_(disambiguation))")).toEqual([
      { kind: "text", text: "(" },
      {
        kind: "link",
        text: "https://en.wikipedia.org/wiki/Silk_Road_(disambiguation)",
        href: "https://en.wikipedia.org/wiki/Silk_Road_(disambiguation)",
      },
      { kind: "text", text: ")" },
    ]);
  });

  it("never links other schemes", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<script>x</script>", "ftp://files.example.com", "mailto:a@b.uz"]) {
      expect(linkify(text)).toEqual([{ kind: "text", text }]);
    }
  });

  it("keeps HTML as text", () => {
    expect(linkify('<a href="https://evil.example">x</a>')).toEqual([
      { kind: "text", text: '<a href="' },
      { kind: "link", text: "https://evil.example", href: "https://evil.example" },
      { kind: "text", text: '">x</a>' },
    ]);
  });

  it("does not link an address with credentials or without a host", () => {
    expect(linkify("https://user:pw@bank.example")).toEqual([{ kind: "text", text: "https://user:pw@bank.example" }]);
    expect(linkify("https://")).toEqual([{ kind: "text", text: "https://" }]);
  });

  it("joins multiple links and keeps line breaks in text", () => {
    const segments = linkify("a https://a.uz\nb https://b.az");
    expect(segments.filter((segment) => segment.kind === "link").map((segment) => segment.href)).toEqual([
      "https://a.uz",
      "https://b.az",
    ]);
    expect(segments.map((segment) => segment.text).join("")).toBe("a https://a.uz\nb https://b.az");
  });
});
