import { describe, expect, it } from "vitest";
import { errorTextOf, type Translate } from "./error-text";

const messages: Record<string, string> = {
  "errors.internal": "Something went wrong.",
  "errors.invalid": "This value is not valid.",
  "errors.auth.invalidCredentials": "Wrong e-mail or password.",
  "errors.moderation.alreadyDecided": "Already decided by {name}.",
  "errors.tooLong": "Too long.",
};

const t: Translate = Object.assign(
  (key: string, values: Record<string, string> = {}) =>
    (messages[key] ?? key).replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? `{${name}}`),
  { has: (key: string) => key in messages },
);

describe("errorTextOf", () => {
  it("fills the parameters the server sent", () => {
    const error = { message: "errors.moderation.alreadyDecided", data: { params: { name: "Aziza" } } };
    expect(errorTextOf(t, error)).toBe("Already decided by Aziza.");
  });

  it("reads better-auth's codes and tRPC's field errors the same way everywhere", () => {
    expect(errorTextOf(t, { code: "INVALID_EMAIL_OR_PASSWORD", message: "Invalid email or password" })).toBe("Wrong e-mail or password.");
    expect(errorTextOf(t, { data: { zodError: { fieldErrors: { name: ["errors.tooLong"] } } } })).toBe("Too long.");
  });

  it("shows a raw server message as an internal error and an unknown key as an invalid value", () => {
    expect(errorTextOf(t, new Error("connection reset"))).toBe("Something went wrong.");
    expect(errorTextOf(t, { message: "errors.not.in.messages" })).toBe("This value is not valid.");
    expect(errorTextOf(t, "thrown text")).toBe("Something went wrong.");
  });
});
