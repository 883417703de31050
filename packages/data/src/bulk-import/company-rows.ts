import { companySizeBands, sizeBandOf, spokenLanguages } from "../cooperation";
import { countries, partnerCountryCodes } from "../countries";
import { economicZones } from "../economic-zones";
import { hsChapters } from "../hs-chapters";
import { districtsOf, regionsOf } from "../places/index";
import { sectorDivisions } from "../sectors";
import { normalizeTaxId, taxIdError } from "../tax-id";
import { companySubmitSchema, type CompanySubmit } from "../schemas/company";
import { isErrorKey, type ErrorKey } from "../schemas/errors";
import type { CompanyColumnKey } from "./company-columns";
import { matchCode } from "./match-code";

/** One problem of one row: the column it is in, a translation key, and the cell's text where it helps to see it. */
export type RowProblem = { column: CompanyColumnKey | "description"; message: ErrorKey; value?: string };

export type CompanyRowResult = { ok: true; company: CompanySubmit } | { ok: false; problems: RowProblem[] };

export type CompanyRowCells = Partial<Record<CompanyColumnKey, string>>;

/**
 * A spreadsheet formula or a cell built to become one when the file is opened again (CSV injection): "=HYPERLINK(…)",
 * "@SUM(…)", "+cmd|…". A phone number such as "+998 90 123 45 67" starts with a sign and a digit and is no formula.
 */
export function looksLikeFormula(cell: string): boolean {
  return /^[=@]/.test(cell) || /^[+-]\s*[^\d\s(]/.test(cell);
}

/** Markup in a cell: the portal shows text as text, but a row of tags is a pasted web page, not a company profile. */
export function looksLikeHtml(cell: string): boolean {
  return /<\s*\/?\s*[a-z!][^>]*>/i.test(cell);
}

/**
 * The regions of a country and the districts of a region, one array each for the life of the process: `matchCode`
 * keeps its folded index per array, so a fresh array per row would fold every place name again for every row
 * (seconds for a file of 5,000 rows).
 */
const placeLists = new Map<string, ReturnType<typeof regionsOf> | ReturnType<typeof districtsOf>>();

function regionsOfCountry(country: string): ReturnType<typeof regionsOf> {
  const key = `country:${country}`;
  const known = placeLists.get(key) as ReturnType<typeof regionsOf> | undefined;
  if (known !== undefined) return known;
  const list = country === "UZ" || country === "AZ" ? regionsOf(country) : [];
  placeLists.set(key, list);
  return list;
}

function districtsOfRegion(region: string): ReturnType<typeof districtsOf> {
  const key = `region:${region}`;
  const known = placeLists.get(key) as ReturnType<typeof districtsOf> | undefined;
  if (known !== undefined) return known;
  const list = districtsOf(region);
  placeLists.set(key, list);
  return list;
}

const partnerCountries = countries.filter((country) => (partnerCountryCodes as readonly string[]).includes(country.code));

/**
 * Checks one row of a file of companies and, when every cell is right, gives the profile exactly as the onboarding
 * form would submit it (the same schema, so a file can never hold what a form could not). Codes and labels in any of
 * the four languages and either Uzbek script are accepted for countries, regions, districts, zones, sectors, HS
 * chapters and languages; the size band may be a headcount. Nothing here publishes anything: the caller stores the
 * result as a draft that goes through review.
 */
export function checkCompanyRow(cells: CompanyRowCells): CompanyRowResult {
  const problems: RowProblem[] = [];
  const text = (column: CompanyColumnKey): string | undefined => {
    const value = cells[column]?.trim();
    if (value === undefined || value === "") return undefined;
    if (looksLikeFormula(value)) problems.push({ column, message: "errors.import.formula", value });
    else if (looksLikeHtml(value)) problems.push({ column, message: "errors.import.html", value });
    else return value;
    return undefined;
  };
  const code = <T extends string>(column: CompanyColumnKey, found: (cell: string) => T | undefined, unknown: ErrorKey): T | undefined => {
    const cell = text(column);
    if (cell === undefined) return undefined;
    const value = found(cell);
    if (value === undefined) problems.push({ column, message: unknown, value: cell });
    return value;
  };
  const codes = (column: CompanyColumnKey, found: (cell: string) => string | undefined, unknown: ErrorKey): string[] | undefined => {
    const cell = text(column);
    if (cell === undefined) return undefined;
    const values: string[] = [];
    for (const item of listItems(cell, found)) {
      const value = found(item);
      if (value === undefined) problems.push({ column, message: unknown, value: item });
      else values.push(value);
    }
    return values;
  };

  const country = code("country", (cell) => matchCode(partnerCountries, cell), "errors.country");
  const region = code("region", (cell) => matchCode(country === undefined ? [] : regionsOfCountry(country), cell), "errors.region");
  // A district is read within its region: with the region unknown, only the region is reported.
  const district = region === undefined ? undefined : code("district", (cell) => matchCode(districtsOfRegion(region), cell), "errors.district");
  const taxId = text("taxId");
  // The schema checks the tax ID against the country only once every field parses; a file shows all at once.
  const taxIdProblem = country === undefined || taxId === undefined ? null : taxIdError(country, taxId);
  if (taxIdProblem !== null) problems.push({ column: "taxId", message: taxIdProblem, value: taxId });
  const input: Record<string, unknown> = {
    legalName: text("legalName"),
    country,
    taxId,
    region,
    district,
    city: text("city"),
    economicZone: code("economicZone", (cell) => matchCode(economicZones, cell), "errors.economicZone"),
    foundedYear: code("foundedYear", (cell) => (/^\d{4}$/.test(cell) ? cell : undefined), "errors.year"),
    sizeBand: code("sizeBand", sizeBandOfCell, "errors.sizeBand"),
    sectors: codes("sectors", (cell) => matchCode(sectorDivisions, cell), "errors.sector"),
    hsChapters: codes("hsChapters", (cell) => matchCode(hsChapters, cell.replace(/^0?(\d)$/, "0$1")), "errors.hsChapter"),
    exportsTo: codes("exportsTo", (cell) => matchCode(countries, cell), "errors.country"),
    importsFrom: codes("importsFrom", (cell) => matchCode(countries, cell), "errors.country"),
    languages: codes("languages", (cell) => matchCode(spokenLanguages, cell), "errors.language"),
    website: text("website"),
    description: {
      en: text("description.en"),
      ru: text("description.ru"),
      uz: text("description.uz"),
      az: text("description.az"),
    },
    contactName: text("contactName"),
    contactPosition: text("contactPosition"),
    contactEmail: text("contactEmail"),
    contactPhone: text("contactPhone"),
  };
  if (typeof input.foundedYear === "string") input.foundedYear = Number(input.foundedYear);
  // A column already explained above (an unknown label, a formula) is not explained twice by the schema.
  const explained = new Set<string>(problems.flatMap((problem) => (problem.column.startsWith("description.") ? [problem.column, "description"] : [problem.column])));
  if (region === undefined) explained.add("district");
  const parsed = companySubmitSchema.safeParse(withoutUndefined(input));
  if (parsed.success && problems.length === 0) return { ok: true, company: parsed.data };
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const column = columnOfIssue(issue.path);
      if (explained.has(column)) continue;
      explained.add(column);
      problems.push({ column, message: isErrorKey(issue.message) ? issue.message : "errors.invalid" });
    }
  }
  return { ok: false, problems };
}

/** The tax ID a row claims, normalised as the portal stores it, to find the same company twice. */
export function taxIdOfRow(cells: CompanyRowCells): string | undefined {
  const country = matchCode(partnerCountries, cells.country ?? "");
  const taxId = cells.taxId?.trim();
  if (country === undefined || taxId === undefined || taxId === "") return undefined;
  return `${country}:${normalizeTaxId(country, taxId)}`;
}

function sizeBandOfCell(cell: string): string | undefined {
  const headcount = /^\d+$/.test(cell) ? Number(cell) : undefined;
  return headcount === undefined ? matchCode(companySizeBands, cell) : sizeBandOf(headcount);
}

/**
 * The items of a list cell. Items are separated by ";" or line breaks; a comma separates too ("UZ, AZ, KZ"), except
 * inside a label that has one ("Wholesale trade, except of motor vehicles…"), which is tried whole first.
 */
function listItems(cell: string, found: (cell: string) => string | undefined): string[] {
  return cell
    .split(/[;\n|]/)
    .map((part) => part.trim())
    .filter((part) => part !== "")
    .flatMap((part) => (found(part) !== undefined ? [part] : part.split(",").map((item) => item.trim()).filter((item) => item !== "")));
}

function columnOfIssue(path: readonly PropertyKey[]): CompanyColumnKey | "description" {
  const [field, sub] = path;
  if (field === "description") return sub === "en" || sub === "ru" || sub === "uz" || sub === "az" ? `description.${sub}` : "description";
  return String(field) as CompanyColumnKey;
}

function withoutUndefined(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined));
}
