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
  it("falls back to English for an unknown locale", () => {
    expect(renderMail(greeting, "fr", { name: "Jean" }).subject).toBe("Hello Jean");
  });
});
