import { commodityGroupsOfChapter, labelOf, partnerOf, type ImportOrigins, type Labels, type Locale, type PartnerCountry } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { getDateWords } from "@/lib/dates/get-date-format";
import { formatPeriod } from "@/lib/trade-format";
import { SourceLinks } from "../charts/source-links";

export type OpportunityFigure = { product: Labels; origins: ImportOrigins; value: number; period: { from: string; to: string }; source: string };

/**
 * What published sources say about a chapter for one buying country: its imports of a product of the chapter when
 * a figure exists (from all countries or from third countries, as the source counts them), and the main commodity
 * groups of the partner's exports to it that include the chapter.
 */
export async function OpportunityStatistics({ chapter, importer, figure, locale }: { chapter: string; importer: PartnerCountry; figure?: OpportunityFigure; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const format = await getFormatter({ locale });
  const words = await getDateWords(locale);
  const flow = partnerOf(importer) === "UZ" ? "uz-to-az" : "az-to-uz";
  const groups = commodityGroupsOfChapter(chapter).filter((group) => group.flow === flow);
  if (!figure && groups.length === 0) return <p className="text-slate-600 dark:text-slate-400">{t("opportunities.noStatistic")}</p>;
  return (
    <ul className="space-y-1" data-testid="opportunity-statistics">
      {figure ? (
        <li>
          {t(`opportunities.nationalImports.${figure.origins}`, {
            product: labelOf({ labels: figure.product }, locale),
            value: format.number(figure.value, { style: "currency", currency: "USD", notation: "compact", maximumFractionDigits: 1 }),
            period: formatPeriod(words, figure.period),
          })}{" "}
          <span className="text-xs text-slate-600 dark:text-slate-400"><SourceLinks ids={[figure.source]} /></span>
        </li>
      ) : null}
      {groups.map((group) => (
        <li key={group.code}>
          {t("opportunities.mainGroup", { flow: t(flow === "uz-to-az" ? "uzToAz" : "azToUz"), period: formatPeriod(words, group.period), group: labelOf(group, locale) })}{" "}
          <span className="text-xs text-slate-600 dark:text-slate-400"><SourceLinks ids={[group.source]} /></span>
        </li>
      ))}
    </ul>
  );
}
