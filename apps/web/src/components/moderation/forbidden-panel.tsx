import { getTranslations } from "next-intl/server";

/** Shown instead of a staff page to a signed-in person without the role (HTTP 200 body with a 403 message). */
export async function ForbiddenPanel({ adminOnly = false }: { adminOnly?: boolean }) {
  const t = await getTranslations("moderation.forbidden");
  return (
    <section className="mx-auto max-w-xl px-4 py-16 text-center" data-testid="staff-forbidden">
      <p className="text-5xl font-bold text-brand-600">403</p>
      <h1 className="mt-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mt-2 text-slate-600 dark:text-slate-400">{adminOnly ? t("adminOnly") : t("body")}</p>
    </section>
  );
}
