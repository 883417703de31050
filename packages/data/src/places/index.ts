import { z } from "zod";
import { codesOf } from "../labels";
import type { Locale } from "../locales";
import { azDistricts, azRegions } from "./az";
import { uzDistricts, uzRegions } from "./uz";

export type { District, Region } from "./types";
export { azDistricts, azRegions } from "./az";
export { uzDistricts, uzRegions } from "./uz";

/** First-level divisions: Uzbekistan's 14 (ISO 3166-2:UZ), then Azerbaijan's 14 economic regions (2021). */
export const regions = [...uzRegions, ...azRegions] as const;
export type RegionRecord = (typeof regions)[number];
export type RegionCode = RegionRecord["code"];
export const regionCodes = codesOf(regions);
export const regionCodeSchema = z.enum(regionCodes, { error: "errors.region" });

/** Cities and districts; each belongs to exactly one region. */
export const districts = [...uzDistricts, ...azDistricts] as const;
export type DistrictRecord = (typeof districts)[number];
export type DistrictCode = DistrictRecord["code"];
export const districtCodes = codesOf(districts);
export const districtCodeSchema = z.enum(districtCodes, { error: "errors.district" });

export function regionsOf(country: "UZ" | "AZ"): readonly RegionRecord[] {
  return regions.filter((region) => region.country === country);
}

export function districtsOf(region: string): readonly DistrictRecord[] {
  return districts.filter((district) => district.region === region);
}

export function regionByCode(code: string): RegionRecord | undefined {
  return regions.find((region) => region.code === code);
}

export function districtByCode(code: string): DistrictRecord | undefined {
  return districts.find((district) => district.code === code);
}

/** Whether the region belongs to the country. */
export function regionInCountry(region: string, country: string): boolean {
  return regionByCode(region)?.country === country;
}

/** Whether the district belongs to the region. */
export function districtInRegion(district: string, region: string): boolean {
  return districtByCode(district)?.region === region;
}

const kindWords: Record<Locale, { city: string; district: string }> = {
  en: { city: "city", district: "district" },
  ru: { city: "город", district: "район" },
  uz: { city: "shahar", district: "tuman" },
  az: { city: "şəhər", district: "rayon" },
};

/** The word for a district's kind ("city" / "district") in a locale, for badges and grouping. */
export function districtKindLabel(kind: "city" | "district", locale: Locale): string {
  return kindWords[locale][kind];
}
