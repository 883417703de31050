"use client";

import type { Locale } from "@karvon/data";
import { useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { OnboardingSteps } from "@/components/companies/onboarding/onboarding-wizard";
import { FormAlert } from "@/components/forms/form-alert";
import { Button, ButtonLink } from "@/components/ui/button";
import { fieldErrorsOf, useTranslateError } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";

/**
 * A confirmed client's profile in its adviser's hands: the members' onboarding form, step by step and saved as
 * the adviser types, submitted for review like a member's.
 */
export function ClientProfileForm({ companyId, companyName, locale }: { companyId: string; companyName: string; locale: Locale }) {
  const t = useTranslations("advisers.profile");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const profile = useQuery(trpc.advisers.clientProfile.queryOptions({ companyId }));
  if (profile.isError) return <FormAlert tone="error">{translate(fieldErrorsOf(profile.error).form)}</FormAlert>;
  if (!profile.data) return <p>{t("loading")}</p>;
  return (
    <OnboardingSteps
      companyId={companyId}
      locale={locale}
      data={profile.data}
      adviser={{
        consentText: t("consent", { company: companyName }),
        underReview: (keepEditing) => (
          <section className="flex flex-col gap-4 rounded-xl border border-brand-100 bg-white p-6 dark:border-brand-700 dark:bg-slate-900" data-testid="under-review">
            <h2 className="text-xl font-semibold">{t("underReviewTitle")}</h2>
            <p>{t("underReviewText", { company: companyName })}</p>
            <div className="flex flex-wrap gap-3">
              <ButtonLink href="/advisers">{t("back")}</ButtonLink>
              <Button onClick={keepEditing} variant="secondary">
                {t("keepEditing")}
              </Button>
            </div>
          </section>
        ),
      }}
    />
  );
}
