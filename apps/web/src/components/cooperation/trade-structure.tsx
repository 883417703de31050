import { cargoFigures, commodityGroups, hsChapters, interregionalForums, labelOf, type Locale } from "@karvon/data";
import { getFormatter, getTranslations } from "next-intl/server";
import { Link } from "@/i18n/navigation";
import { formatPeriod } from "@/lib/trade-format";
import { SourceLinks } from "../charts/source-links";

const card = "rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900";

/** The main commodity groups of each direction, freight and transit, and the Interregional Forums, each sourced. */
export async function TradeStructure({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "cooperation" });
  const format = await getFormatter({ locale });
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
      <section aria-labelledby="structure-title" className={`${card} lg:col-span-2`} data-testid="trade-structure">
        <h2 id="structure-title" className="font-semibold">{t("structureTitle")}</h2>
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
          {t("captionPeriod", { period: formatPeriod(format, commodityGroups[0].period) })} · {t("structureNote")} ·{" "}
          <SourceLinks ids={commodityGroups.map((group) => group.source)} />
        </p>
      </section>
      <div className="space-y-6">
        <section aria-labelledby="cargo-title" className={card} data-testid="trade-cargo">
          <h2 id="cargo-title" className="font-semibold">{t("cargoTitle")}</h2>
          <ul className="mt-2 space-y-2 text-sm">
            {cargoFigures.map((figure) => (
              <li key={figure.code}>
                <span className="font-semibold">{t("cargoValue", { qualifier: "qualifier" in figure ? figure.qualifier : "none", value: format.number(figure.value) })}</span>{" "}
                — {labelOf(figure, locale)}, {formatPeriod(format, figure.period)}
                <span className="block text-xs text-slate-600 dark:text-slate-400"><SourceLinks ids={[figure.source]} /></span>
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="forums-title" className={card} data-testid="forums">
          <h2 id="forums-title" className="font-semibold">{t("forumsTitle")}</h2>
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
        </section>
      </div>
    </div>
  );
}
