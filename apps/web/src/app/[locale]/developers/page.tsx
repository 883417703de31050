import { publicApiDocument } from "@karvon/api";
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { operationsOf, type ParameterView } from "@/components/public-api/operations";
import { env } from "@/env";
import { resolveLocale } from "@/i18n/locale-param";
import { Section } from "@/components/ui/section";

// The example and the document name this server's public address, read at run time.
export const dynamic = "force-dynamic";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "developers" });
  return { title: t("title") };
}

/** Listing a long code list (60 HS chapters) helps nobody: its size and the reference list say enough. */
const maxListedValues = 8;

/** The public API's reference, rendered on the server from the OpenAPI document (no script, no CDN). */
export default async function DevelopersPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const t = await getTranslations({ locale, namespace: "developers" });
  const publicUrl = env().PUBLIC_URL.replace(/\/$/, "");
  const operations = operationsOf(publicApiDocument(publicUrl));
  const example = `curl -H "Authorization: Bearer krv_…" \\\n  "${publicUrl}/api/v1/search?q=cotton&country=UZ&pageSize=5"`;
  const valuesOf = (parameter: ParameterView) =>
    parameter.values.length === 0
      ? null
      : parameter.values.length <= maxListedValues
        ? t("oneOf", { values: parameter.values.join(", ") })
        : t("codes", { count: parameter.values.length });
  const code = "rounded bg-slate-100 px-1 font-mono text-sm dark:bg-slate-800";

  return (
    <div className="mx-auto max-w-4xl px-4 py-10">
      <h1 className="text-3xl font-bold">{t("title")}</h1>
      <p className="mt-3 text-slate-700 dark:text-slate-300">{t("intro")}</p>

      <Section titleId="keys" title={t("keyTitle")} className="mt-8">
        <p className="mt-2">{t("keyText")}</p>
        <h3 className="mt-4 font-semibold">{t("exampleTitle")}</h3>
        <pre className="mt-2 overflow-x-auto rounded-md bg-slate-900 p-3 text-sm text-slate-100"><code>{example}</code></pre>
      </Section>

      <Section titleId="limits" title={t("limitsTitle")} className="mt-8">
        <p className="mt-2">{t("limitsText")}</p>
      </Section>

      <Section titleId="document" title={t("documentTitle")} className="mt-8">
        <p className="mt-2">{t("documentText")}</p>
        <p className="mt-2">
          <a href="/api/v1/openapi.json" className="font-medium text-brand-700 underline dark:text-brand-100">{t("documentLink")}</a>
        </p>
      </Section>

      <Section titleId="operations" title={t("operationsTitle")} className="mt-8">
        {operations.map((operation) => (
          <article key={operation.operationId} className="mt-4 rounded-lg border border-slate-200 p-4 dark:border-slate-800" aria-labelledby={`op-${operation.operationId}`}>
            <h3 id={`op-${operation.operationId}`} className="font-semibold">{t(`operations.${operation.operationId}.summary`)}</h3>
            <p className="mt-1 break-all"><code className={code}>GET /api/v1{operation.path}</code></p>
            <p className="mt-2 text-slate-700 dark:text-slate-300">{t(`operations.${operation.operationId}.description`)}</p>
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{t("scope", { scope: t(`scopes.${operation.scope}`) })}</p>
            <h4 className="mt-3 text-sm font-semibold">{t("parameters")}</h4>
            {operation.parameters.length === 0 ? (
              <p className="text-sm">{t("noParameters")}</p>
            ) : (
              <ul className="mt-1 space-y-1 text-sm">
                {operation.parameters.map((parameter) => (
                  <li key={parameter.name}>
                    <code className={code}>{parameter.name}</code> · {parameter.in === "path" ? t("inPath") : t("inQuery")} · {parameter.type}
                    {parameter.required ? ` · ${t("required")}` : null}
                    {valuesOf(parameter) === null ? null : <span className="block text-slate-600 break-words dark:text-slate-400">{valuesOf(parameter)}</span>}
                  </li>
                ))}
              </ul>
            )}
            <h4 className="mt-3 text-sm font-semibold">{t("responses")}</h4>
            <ul className="mt-1 space-y-1 text-sm">
              {operation.statuses.map((status) => (
                <li key={status}><code className={code}>{status}</code> {t(`status.${status}`)}</li>
              ))}
            </ul>
          </article>
        ))}
      </Section>
    </div>
  );
}
