import { getTranslations } from "next-intl/server";
import { DocumentLanguage } from "@/components/document-language";
import { Link } from "@/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <section className="mx-auto max-w-xl px-4 py-20 text-center">
      <DocumentLanguage />
      <p className="text-6xl font-bold text-brand-600">404</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t("notFound.body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <Link href="/" className="inline-flex min-h-11 items-center rounded-lg bg-brand-600 px-5 font-semibold text-white hover:bg-brand-700">
          {t("notFound.home")}
        </Link>
        <Link href="/search" className="inline-flex min-h-11 items-center rounded-lg border border-slate-300 px-5 font-semibold hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          {t("nav.search")}
        </Link>
      </div>
    </section>
  );
}
