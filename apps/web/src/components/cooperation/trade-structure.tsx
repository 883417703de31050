import { cargoFigures, commodityGroups, hsChapters, interregionalForums, labelOf, type Locale } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { getDateWords } from "@/lib/dates/get-date-format";
import { formatPeriod } from "@/lib/trade-format";
import { SourceLinks } from "../charts/source-links";
import { Section } from "@/components/ui/section";

const card = "rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";

/** The main commodity groups of each direction, freight and transit, and the Interregional Forums, each sourced. */
export async function TradeStructure({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const format = await getFormatter({ locale });
  const words = await getDateWords(locale);
  const flows = [
    { flow: "uz-to-az", title: t("uzToAz") },
    { flow: "az-to-uz", title: t("azToUz") },
  ] as const;
  const chapterName = (code: string) => {
    const chapter = hsChapters.find((c) => c.code === code);
    return chapter ? `${code} · ${labelOf(chapter, locale)}` : code;
  };
  return (
    <div className="grid gap-6 lg:grid-cols-3">
      <Section titleId="structure-title" title={t("structureTitle")} titleClassName="font-semibold" className={`${card} lg:col-span-2`} data-testid="trade-structure">
        <div className="mt-3 grid gap-4 sm:grid-cols-2">
          {flows.map(({ flow, title }) => (
            <div key={flow}>
              <h3 className="text-sm font-semibold">{title}</h3>
              <ul className="mt-2 space-y-1 text-sm">
                {commodityGroups.filter((group) => group.flow === flow).map((group) => (
                  <li key={group.code}>
                    {labelOf(group, locale)}
                    <span className="block text-xs text-slate-600 dark:text-slate-400">
                      {group.hsChapters.map((chapter, index) => (
                        <span key={chapter}>
                          {index > 0 ? ", " : null}
                          <Link href={`/opportunities/${chapter}`} className="underline">{chapterName(chapter)}</Link>
                        </span>
                      ))}
                    </span>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        <p className="mt-3 text-xs text-slate-600 dark:text-slate-400">
          {t("captionPeriod", { period: formatPeriod(words, commodityGroups[0].period) })} · {t("structureNote")} ·{" "}
          <SourceLinks ids={commodityGroups.map((group) => group.source)} />
        </p>
      </Section>
      <div className="space-y-6">
        <Section titleId="cargo-title" title={t("cargoTitle")} titleClassName="font-semibold" className={card} data-testid="trade-cargo">
          <ul className="mt-2 space-y-2 text-sm">
            {cargoFigures.map((figure) => (
              <li key={figure.code}>
                <span className="font-semibold">{t("cargoValue", { qualifier: "qualifier" in figure ? figure.qualifier : "none", value: format.number(figure.value) })}</span>{" "}
                — {labelOf(figure, locale)}, {formatPeriod(words, figure.period)}
                <span className="block text-xs text-slate-600 dark:text-slate-400"><SourceLinks ids={[figure.source]} /></span>
              </li>
            ))}
          </ul>
        </Section>
        <Section titleId="forums-title" title={t("forumsTitle")} titleClassName="font-semibold" className={card} data-testid="forums">
          <ul className="mt-2 space-y-2 text-sm">
            {interregionalForums.map((forum) => (
              <li key={forum.code}>
                {t("forum", {
                  ordinal: forum.ordinal,
                  place: forum.place[locale],
                  dates: forum.period.from === forum.period.to
                    ? format.dateTime(new Date(`${forum.period.from}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" })
                    : format.dateTimeRange(new Date(`${forum.period.from}T00:00:00Z`), new Date(`${forum.period.to}T00:00:00Z`), { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }),
                })}
                <span className="block text-xs text-slate-600 dark:text-slate-400"><SourceLinks ids={[forum.source]} /></span>
              </li>
            ))}
          </ul>
        </Section>
      </div>
    </div>
  );
}
