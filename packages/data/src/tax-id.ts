import { z } from "zod";
import type { PartnerCountryCode } from "./countries";
import { err, type ErrorKey } from "./schemas/errors";

/**
 * Tax identification numbers, checked for format only (no checksum is published for either):
 * - Uzbekistan: STIR (INN), 9 digits, legal entities usually start with 2–7; or PINFL, 14 digits, for
 *   individual entrepreneurs (first digit 1–6 encodes sex and century of birth).
 * - Azerbaijan: VÖEN, 10 digits, the last digit 1 for a legal person, 2 for a natural person.
 */
export type TaxIdKind = "uz-stir" | "uz-pinfl" | "az-voen-legal" | "az-voen-individual";

/** Removes spaces (including non-breaking), dashes, dots and slashes people put in tax IDs. */
export function normalizeTaxId(country: PartnerCountryCode | string, raw: string): string {
  void country;
  return raw.replace(/[\s\u00A0\u2000-\u200B\-\u2010-\u2015./]/gu, "");
}

/** The problem with a tax ID as an error key, or `null` when its format is valid for the country. */
export function taxIdError(country: PartnerCountryCode | string, raw: string): ErrorKey | null {
  const id = normalizeTaxId(country, raw);
  if (id === "") return "errors.taxId.required";
  if (country === "UZ") {
    if (/^[2-7]\d{8}$/.test(id)) return null;
    if (/^[1-6]\d{13}$/.test(id)) return null;
    return "errors.taxId.uzFormat";
  }
  if (country === "AZ") {
    if (!/^\d{10}$/.test(id)) return "errors.taxId.azFormat";
    if (!id.endsWith("1") && !id.endsWith("2")) return "errors.taxId.azLastDigit";
    return null;
  }
  return "errors.country";
}

export function isValidTaxId(country: PartnerCountryCode | string, raw: string): boolean {
  return taxIdError(country, raw) === null;
}

/** What kind of number a valid tax ID is, or `undefined` if it is not valid. */
export function taxIdKind(country: PartnerCountryCode | string, raw: string): TaxIdKind | undefined {
  if (taxIdError(country, raw) !== null) return undefined;
  const id = normalizeTaxId(country, raw);
  if (country === "UZ") return id.length === 9 ? "uz-stir" : "uz-pinfl";
  return id.endsWith("1") ? "az-voen-legal" : "az-voen-individual";
}

/** A schema that normalises a tax ID and checks its format for the country. */
export function taxIdSchemaFor(country: PartnerCountryCode) {
  return z
    .string(err("errors.taxId.required"))
    .transform((raw) => normalizeTaxId(country, raw))
    .superRefine((id, ctx) => {
      const problem = taxIdError(country, id);
      if (problem !== null) ctx.addIssue({ code: "custom", message: problem });
    });
}

/** The local name of the tax ID for a country (shown beside the field). */
export const taxIdNames: Record<PartnerCountryCode, { short: string; long: string }> = {
  UZ: { short: "STIR / PINFL", long: "Soliq toʻlovchining identifikatsiya raqami (STIR) yoki JShShIR (PINFL)" },
  AZ: { short: "VÖEN", long: "Vergi ödəyicisinin eyniləşdirmə nömrəsi (VÖEN)" },
};
