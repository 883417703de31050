import type { Locale } from "@karvon/data";
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/ui/button";
import { Section } from "@/components/ui/section";
import { api } from "@/trpc/server";

/**
 * The way from "My companies" to the organisation of advisers a person acts for, or to registering one: a chamber's
 * staff sign up like anyone else and find their organisation's page here.
 */
export async function AdviserDashboardCard({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "advisers.dashboardCard" });
  const organization = await (await api()).advisers.mine();
  return (
    <Section titleId="adviser-card-title" title={t("title")} titleClassName="text-lg font-semibold" className="rounded-xl border border-slate-200 p-4 dark:border-slate-800">
      {organization === null ? (
        <p className="mt-1 text-sm">
          {t("prompt")}{" "}
          <TextLink href="/advisers" data-testid="adviser-register-link">
            {t("register")}
          </TextLink>
        </p>
      ) : (
        <p className="mt-1 text-sm">
          <TextLink href="/advisers" data-testid="adviser-portfolio-link">
            {t("open", { name: organization.name })}
          </TextLink>
        </p>
      )}
    </Section>
  );
}
