import { z } from "zod";
import type { PartnerCountryCode } from "./countries";
import { err } from "./schemas/errors";

/**
 * Telephone numbers of Uzbekistan (+998) and Azerbaijan (+994), normalised to E.164.
 * Both countries use 9 national digits: a 2-digit operator or area code and 7 subscriber digits.
 */

/** Uzbekistan: mobile operator codes and landline area codes. */
export const uzPhoneCodes = {
  mobile: ["20", "33", "50", "55", "77", "88", "90", "91", "93", "94", "95", "97", "98", "99"],
  landline: [
    "61", // Republic of Karakalpakstan
    "62", // Khorezm
    "65", // Bukhara
    "66", // Samarkand
    "67", // Syrdarya
    "69", // Namangan
    "70", // Tashkent region
    "71", // Tashkent city
    "72", // Jizzakh
    "73", // Fergana
    "74", // Andijan
    "75", // Kashkadarya
    "76", // Surkhandarya
    "78", // Tashkent (newer fixed-line numbers)
    "79", // Navoiy
  ],
} as const;

/** Azerbaijan: mobile operator codes and landline area codes. */
export const azPhoneCodes = {
  mobile: ["10", "50", "51", "55", "60", "70", "77", "99"],
  landline: [
    "12", // Baku
    "18", // Sumgait, Absheron
    "20", "21", "22", "23", "24", "25", "26", // regions (22 Ganja, 25 Lankaran …)
    "36", // Nakhchivan
  ],
} as const;

const uzCodes = new Set<string>([...uzPhoneCodes.mobile, ...uzPhoneCodes.landline]);
const azCodes = new Set<string>([...azPhoneCodes.mobile, ...azPhoneCodes.landline]);

function validNational(country: PartnerCountryCode, national: string): boolean {
  if (!/^\d{9}$/.test(national)) return false;
  const code = national.slice(0, 2);
  return country === "UZ" ? uzCodes.has(code) : azCodes.has(code);
}

export type NormalizePhoneOptions = {
  /** How to read 9 bare digits ("90 123 45 67"), which could belong to either country. */
  defaultCountry?: PartnerCountryCode;
};

/**
 * The E.164 form (`+998901234567`, `+994501234567`) of a Uzbek or Azerbaijani number, or `null`.
 * Accepts `+998 90 123-45-67`, `998901234567`, `00998…`, the Uzbek trunk form `8 90 123 45 67`,
 * `+994 50 123 45 67`, `00994…` and the Azerbaijani national form `050 123 45 67`.
 */
export function normalizePhone(raw: string, options: NormalizePhoneOptions = {}): string | null {
  const trimmed = raw.trim();
  if (!/^\+?[\d\s().\-\u00A0]+$/.test(trimmed)) return null;
  const plus = trimmed.startsWith("+");
  let digits = trimmed.replace(/\D/g, "");
  if (!plus && digits.startsWith("00")) digits = digits.slice(2);
  const international = plus || digits.length === 12;
  if (international) {
    if (digits.length !== 12) return null;
    const national = digits.slice(3);
    if (digits.startsWith("998")) return validNational("UZ", national) ? `+${digits}` : null;
    if (digits.startsWith("994")) return validNational("AZ", national) ? `+${digits}` : null;
    return null;
  }
  if (digits.length === 10 && digits.startsWith("0")) {
    const national = digits.slice(1);
    return validNational("AZ", national) ? `+994${national}` : null;
  }
  if (digits.length === 10 && digits.startsWith("8")) {
    const national = digits.slice(1);
    return validNational("UZ", national) ? `+998${national}` : null;
  }
  if (digits.length === 9 && options.defaultCountry !== undefined) {
    const prefix = options.defaultCountry === "UZ" ? "998" : "994";
    return validNational(options.defaultCountry, digits) ? `+${prefix}${digits}` : null;
  }
  return null;
}

/** The country of a normalised (E.164) number. */
export function phoneCountry(e164: string): PartnerCountryCode | undefined {
  if (e164.startsWith("+998")) return "UZ";
  if (e164.startsWith("+994")) return "AZ";
  return undefined;
}

/** `+998 90 123 45 67` from `+998901234567`; other input is returned as is. */
export function formatPhone(e164: string): string {
  const match = /^\+(998|994)(\d{2})(\d{3})(\d{2})(\d{2})$/.exec(e164);
  if (match === null) return e164;
  return `+${match.slice(1).join(" ")}`;
}

/** A Uzbek or Azerbaijani phone number, output in E.164. */
export const phoneSchema = z.string(err("errors.required")).transform((raw, ctx) => {
  const phone = normalizePhone(raw);
  if (phone === null) {
    ctx.issues.push({ code: "custom", message: raw.trim() === "" ? "errors.required" : "errors.phone", input: raw });
    return z.NEVER;
  }
  return phone;
});

/** A phone number of the given country (bare 9 digits read as that country's). */
export function phoneSchemaFor(country: PartnerCountryCode) {
  return z.string(err("errors.required")).transform((raw, ctx) => {
    const phone = normalizePhone(raw, { defaultCountry: country });
    if (phone === null) {
      ctx.issues.push({ code: "custom", message: raw.trim() === "" ? "errors.required" : "errors.phone", input: raw });
      return z.NEVER;
    }
    return phone;
  });
}
