import { getTranslations } from "next-intl/server";
import { Link } from "../i18n/navigation";

export async function SiteFooter() {
  const t = await getTranslations("common");
  return (
    <footer className="border-t border-slate-200 bg-white py-8 text-sm text-slate-600 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-400">
      <div className="mx-auto max-w-6xl px-4">
        <p>{t("footer.tagline")}</p>
        <p className="mt-2">
          <Link href="/developers" className="underline hover:text-slate-900 dark:hover:text-slate-100">{t("footer.api")}</Link>
        </p>
        <p className="mt-2">{t("footer.copyright", { year: new Date().getFullYear() })}</p>
      </div>
    </footer>
  );
}
