import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { auditChangeText, auditValueLabel, type ModerationWords } from "./audit-change";

type Tree = { [key: string]: string | Tree };
const russian = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../../../messages/ru/moderation.json"), "utf8")) as Tree;

function lookup(key: string): string | undefined {
  let node: string | Tree | undefined = russian;
  for (const part of key.split(".")) node = typeof node === "object" ? node[part] : undefined;
  return typeof node === "string" ? node : undefined;
}

const words: ModerationWords = { has: (key) => lookup(key) !== undefined, text: (key) => lookup(key) ?? key };
const change = auditChangeText({
  keyLabel: (key) => lookup(`audit.keys.${key}`) ?? key,
  valueLabel: (key, value) => auditValueLabel(key, value, "ru", words),
  yes: "да",
  no: "нет",
});

describe("audit changes in the reader's language", () => {
  it("labels keys, statuses, actions and reasons, and leaves out ids of other rows", () => {
    const text = change(
      { status: "open" },
      { status: "actioned", action: "suspend", reasons: ["misleading"], note: null, alsoClosed: ["5b0c9a1e-1111-4c1e-9a1e-000000000001"] },
    );
    expect(text).toBe("статус: открыта → приняты меры; решение: Приостановить компанию; причины: Вводящая в заблуждение информация; комментарий: —");
    expect(text).not.toMatch(/open|actioned|suspend|misleading|5b0c9a1e/);
  });

  it("says yes and no, and names roles and countries", () => {
    expect(change({ suspended: false }, { suspended: true })).toBe("приостановлена: нет → да");
    expect(change({ role: "user" }, { role: "moderator" })).toBe("роль: Пользователь → Модератор");
    expect(change({ countries: [] }, { countries: ["UZ"] })).toBe("страны: — → Узбекистан");
  });

  it("shows a dash when nothing was recorded", () => {
    expect(change(null, null)).toBe("—");
  });
});
