import {
  byCode,
  cooperationKinds,
  countryByCode,
  currencies,
  economicZoneByCode,
  hsChapterByCode,
  incoterms,
  labelOf,
  listingDirections,
  projectStages,
  quantityUnits,
  regionByCode,
  sectorByCode,
  type Locale,
} from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { isFieldOfKind } from "./kind-fields";
import { getDateFormat } from "@/lib/dates/get-date-format";

type Labelled = { labels: Record<Locale, string> } | undefined;

const text = (value: unknown) => (typeof value === "string" && value !== "" ? value : undefined);
const num = (value: unknown) => (typeof value === "number" && Number.isFinite(value) ? value : undefined);
const list = (value: unknown) => (Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : []);

/** The facts of a published listing as a definition list, each value in the reader's language. */
export async function ListingDetails({ content, kind, validUntil, locale }: { content: Record<string, unknown>; kind: string; validUntil: Date | null; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "listings.field" });
  const format = await getFormatter({ locale });
  const formatDate = await getDateFormat(locale);
  const name = (record: Labelled, code: string) => (record === undefined ? code : labelOf(record, locale));
  const unitCode = text(content.unit);
  const unit = unitCode === undefined ? "" : ` ${name(byCode(quantityUnits, unitCode), unitCode)}`;
  const currencyCode = text(content.currency);
  const currency = text(content.currency) ?? "";
  const amount = (value: number | undefined) => (value === undefined ? undefined : format.number(value));
  const priceMin = amount(num(content.priceMin));
  const priceMax = amount(num(content.priceMax));
  // [field, label, value]: a field that does not belong to this kind of listing is not shown.
  const rows: [string, string, string | undefined][] = (
    [
    ["sectors", t("sectors"), list(content.sectors).map((code) => name(sectorByCode(code), code)).join(", ") || undefined],
    ["hsChapters", t("hsChapters"), list(content.hsChapters).map((code) => `${code} · ${name(hsChapterByCode(code), code)}`).join(", ") || undefined],
    ["cooperationKinds", t("cooperationKinds"), list(content.cooperationKinds).map((code) => name(byCode(cooperationKinds, code), code)).join(", ") || undefined],
    ["direction", t("direction"), text(content.direction) === undefined ? undefined : name(byCode(listingDirections, String(content.direction)), String(content.direction))],
    ["targetCountry", t("targetCountry"), text(content.targetCountry) === undefined ? undefined : name(countryByCode(String(content.targetCountry)), String(content.targetCountry))],
    ["quantity", t("quantity"), num(content.quantity) === undefined ? undefined : `${amount(num(content.quantity))}${unit}`],
    ["minOrder", t("minOrder"), num(content.minOrder) === undefined ? undefined : `${amount(num(content.minOrder))}${unit}`],
    ["priceMin", t("priceMin"), priceMin === undefined && priceMax === undefined ? undefined : `${priceMin ?? "…"} – ${priceMax ?? "…"} ${name(byCode(currencies, currency), currency)}`],
    ["incoterm", t("incoterm"), text(content.incoterm) === undefined ? undefined : name(byCode(incoterms, String(content.incoterm)), String(content.incoterm))],
    ["importsFrom", t("importsFrom"), list(content.importsFrom).map((code) => name(countryByCode(code), code)).join(", ") || undefined],
    ["capitalNeeded", t("capitalNeeded"), num(content.capitalNeeded) === undefined ? undefined : `${amount(num(content.capitalNeeded))} ${currencyCode ?? ""}`.trim()],
    ["stage", t("stage"), text(content.stage) === undefined ? undefined : name(byCode(projectStages, String(content.stage)), String(content.stage))],
    ["partnerRole", t("partnerRole"), text(content.partnerRole)],
    ["siteRegion", t("siteRegion"), text(content.siteRegion) === undefined ? undefined : name(regionByCode(String(content.siteRegion)), String(content.siteRegion))],
    ["siteZone", t("siteZone"), text(content.siteZone) === undefined ? undefined : name(economicZoneByCode(String(content.siteZone)), String(content.siteZone))],
    ["validUntil", t("validUntil"), validUntil === null ? undefined : formatDate(validUntil, "longDate")],
    ] satisfies [string, string, string | undefined][]
  ).filter(([field]) => isFieldOfKind(field, kind));
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-[12rem_1fr]" data-testid="listing-details">
      {rows
        .filter((row): row is [string, string, string] => row[2] !== undefined)
        .map(([field, label, value]) => (
          <div key={field} className="contents">
            <dt className="text-sm text-slate-600 dark:text-slate-400">{label}</dt>
            <dd className="whitespace-pre-line text-sm" data-field={field}>
              {value}
            </dd>
          </div>
        ))}
    </dl>
  );
}
