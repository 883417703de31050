import { z } from "zod";
import { codesOf, labels, type Labels } from "./labels";
import type { RegionCode } from "./places/index";
import { err } from "./schemas/errors";

export type Corridor = {
  code: string;
  kind: "rail" | "sea-port" | "multimodal" | "energy";
  status: "operating" | "planned";
  labels: Labels;
  /** Regions the route passes through or mainly serves. */
  servesRegions: readonly RegionCode[];
  /** A figure of `bilateralFigures` about this corridor. */
  figure?: string;
  source: string;
};

/** Transport and energy corridors named in the seed article. */
export const corridors = [
  {
    code: "btk-railway", kind: "rail", status: "operating",
    labels: labels("Baku–Tbilisi–Kars railway", "Железная дорога Баку–Тбилиси–Карс", "Boku–Tbilisi–Qars temir yoʻli", "Bakı–Tbilisi–Qars dəmir yolu"),
    servesRegions: ["AZ-BAK", "AZ-SSL", "AZ-MAR", "AZ-GDA", "AZ-QTV"],
    figure: "btk-capacity", source: "seed-partnership-article",
  },
  {
    code: "port-of-baku", kind: "sea-port", status: "operating",
    labels: labels("Baku International Sea Trade Port (Alat)", "Бакинский международный морской торговый порт (Алят)", "Boku xalqaro dengiz savdo porti (Olat)", "Bakı Beynəlxalq Dəniz Ticarət Limanı (Ələt)"),
    servesRegions: ["AZ-BAK"],
    source: "seed-partnership-article",
  },
  {
    code: "middle-corridor", kind: "multimodal", status: "operating",
    labels: labels("Trans-Caspian International Transport Route (Middle Corridor)", "Транскаспийский международный транспортный маршрут (Средний коридор)", "Transkaspiy xalqaro transport yoʻnalishi (Oʻrta yoʻlak)", "Transxəzər Beynəlxalq Nəqliyyat Marşrutu (Orta Dəhliz)"),
    servesRegions: ["UZ-TK", "UZ-TO", "UZ-BU", "UZ-XO", "UZ-QR", "AZ-BAK", "AZ-SSL", "AZ-MAR", "AZ-GDA", "AZ-QTV"],
    source: "titr-association",
  },
  {
    code: "china-kyrgyzstan-uzbekistan-railway", kind: "rail", status: "planned",
    labels: labels("China–Kyrgyzstan–Uzbekistan railway (planned)", "Железная дорога Китай–Кыргызстан–Узбекистан (проект)", "Xitoy–Qirgʻiziston–Oʻzbekiston temir yoʻli (loyiha)", "Çin–Qırğızıstan–Özbəkistan dəmir yolu (layihə)"),
    servesRegions: ["UZ-AN", "UZ-NG", "UZ-FA", "UZ-TO", "UZ-TK"],
    source: "seed-partnership-article",
  },
  {
    code: "green-energy-corridor", kind: "energy", status: "planned",
    labels: labels("Central Asia–Azerbaijan–Europe green energy corridor (planned)", "Зелёный энергетический коридор Центральная Азия–Азербайджан–Европа (проект)", "Markaziy Osiyo–Ozarbayjon–Yevropa yashil energiya yoʻlagi (loyiha)", "Mərkəzi Asiya–Azərbaycan–Avropa yaşıl enerji dəhlizi (layihə)"),
    servesRegions: ["UZ-NW", "UZ-BU", "UZ-QR", "UZ-SA", "UZ-JI", "AZ-BAK"],
    figure: "green-energy-export-2030", source: "seed-partnership-article",
  },
] as const satisfies readonly Corridor[];

export type CorridorCode = (typeof corridors)[number]["code"];
export const corridorCodes = codesOf(corridors);
export const corridorCodeSchema = z.enum(corridorCodes, err("errors.unknownCode"));
