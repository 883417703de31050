import { getLocale, getTranslations } from "next-intl/server";
import { getDateWords } from "@/lib/dates/get-date-format";
import { sourceLabel, sourceOf } from "@/lib/trade-format";

/** The sources of a chart or figure, each linked to the page it comes from (unless it has none). */
export async function SourceLinks({ ids }: { ids: readonly string[] }) {
  const t = await getTranslations("common.charts");
  const words = await getDateWords((await getLocale()));
  const unique = [...new Set(ids)].flatMap((id) => sourceOf(id) ?? []);
  return (
    <span>
      {unique.length > 1 ? t("sources") : t("source")}{" "}
      {unique.map((source, index) => (
        <span key={source.id}>
          {index > 0 ? "; " : null}
          {source.url ? (
            <a href={source.url} className="underline" rel="noopener noreferrer external" title={source.title}>{sourceLabel(words, source)}</a>
          ) : (
            <cite className="not-italic">{sourceLabel(words, source)}</cite>
          )}
        </span>
      ))}
    </span>
  );
}
