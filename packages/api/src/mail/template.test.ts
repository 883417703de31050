import { describe, expect, it } from "vitest";
import { defineMailTemplate, renderMail } from "./template";

const greeting = defineMailTemplate<{ name: string }>("test.greeting", {
  en: ({ name }) => ({ subject: `Hello ${name}`, text: "en" }),
  ru: ({ name }) => ({ subject: `Здравствуйте, ${name}`, text: "ru" }),
  uz: ({ name }) => ({ subject: `Salom, ${name}`, text: "uz" }),
  az: ({ name }) => ({ subject: `Salam, ${name}`, text: "az" }),
});

describe("renderMail", () => {
  it("renders in the recipient's language", () => {
    expect(renderMail(greeting, "az", { name: "Aygün" }).subject).toBe("Salam, Aygün");
    expect(renderMail(greeting, "ru", { name: "Ivan" }).text).toBe("ru");
  });
  it("shows names in the subject on one line, without web addresses, capped; the text keeps them", () => {
    const name = `Karvon Official Support (verify at http://evil.example)\nBcc: x@example.org ${"x".repeat(300)}`;
    const mail = renderMail(greeting, "en", { name });
    expect(mail.subject).not.toMatch(/[\r\n]|http/);
    expect(Array.from(mail.subject).length).toBeLessThanOrEqual("Hello ".length + 80);
    expect(mail.subject.endsWith("…")).toBe(true);
  });
});
