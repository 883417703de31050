import { getTranslations } from "next-intl/server";
import { DocumentLanguage } from "@/components/document-language";
import { ButtonLink } from "@/components/ui/button";

export default async function NotFound() {
  const t = await getTranslations("common");
  return (
    <section className="mx-auto max-w-xl px-4 py-20 text-center">
      <DocumentLanguage />
      <p className="text-6xl font-bold text-brand-600">404</p>
      <h1 className="mt-4 text-2xl font-semibold">{t("notFound.title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{t("notFound.body")}</p>
      <div className="mt-8 flex flex-wrap justify-center gap-3">
        <ButtonLink href="/">{t("notFound.home")}</ButtonLink>
        <ButtonLink href="/search" variant="secondary">{t("nav.search")}</ButtonLink>
      </div>
    </section>
  );
}
