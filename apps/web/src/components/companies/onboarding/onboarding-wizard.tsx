"use client";

import {
  companyOnboardingSteps,
  companySubmissionProblems,
  type CompanyOnboardingStep,
  type Locale,
} from "@karvon/data";
import type { RouterOutputs } from "@karvon/api";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useCallback, useState, type ReactNode } from "react";
import { useRouter } from "@/i18n/navigation";
import { fieldErrorsOf, useTranslateError, type FieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "@/components/forms/form-alert";
import { ReviewReasons } from "../review-reasons";
import { draftFromProfile, type DraftField, type DraftState } from "./draft";
import { CreateCompanyForm, IdentityStep } from "./identity-step";
import { LogoStep } from "./logo-step";
import { OnboardingProgress } from "./onboarding-progress";
import { BusinessStep, ContactStep, DescriptionStep, LocationStep } from "./profile-steps";
import { ReviewStep } from "./review-step";
import { useAutosave } from "./use-autosave";
import { Button, ButtonLink } from "@/components/ui/button";

const stepCodes = companyOnboardingSteps.map((step) => step.code);
const fieldsOf = (step: CompanyOnboardingStep): readonly string[] =>
  companyOnboardingSteps.find((entry) => entry.code === step)?.fields ?? [];

/** The guided onboarding: create, then fill the profile step by step (saved as you go), review, submit. */
export function OnboardingWizard({ locale, initialCompanyId, startNew }: { locale: Locale; initialCompanyId: string | null; startNew: boolean }) {
  const t = useTranslations("companies.onboarding");
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [chosenCompanyId, setCompanyId] = useState<string | null>(initialCompanyId);
  const mine = useQuery({ ...trpc.company.mine.queryOptions(), enabled: chosenCompanyId === null && !startNew });
  // Resume the company still being onboarded instead of starting a second one by accident.
  const resumable = startNew ? undefined : mine.data?.find((entry) => !entry.isPublic && entry.status !== "rejected");
  const companyId = chosenCompanyId ?? resumable?.id ?? null;

  if (companyId === null) {
    if (!startNew && mine.isPending) return <p>{t("loading")}</p>;
    return (
      <section className="flex flex-col gap-6">
        <OnboardingProgress current="identity" onSelect={() => {}} />
        <h2 className="text-xl font-semibold">{t("steps.identity")}</h2>
        <p className="text-slate-700 dark:text-slate-300">{t("intro")}</p>
        <CreateCompanyForm
          onCreated={(id) => {
            setCompanyId(id);
            void queryClient.invalidateQueries({ queryKey: trpc.company.mine.queryKey() });
            router.replace({ pathname: "/onboarding", query: { company: id } });
          }}
        />
      </section>
    );
  }
  return <CompanyOnboarding key={companyId} companyId={companyId} locale={locale} />;
}

/** The working copy the form starts from: a member's company, or an adviser's client (no role in it). */
export type WorkingCopy = Omit<RouterOutputs["company"]["byIdForMember"], "role" | "profile"> & { profile: Record<string, unknown> };

/**
 * How the form reads in an adviser's hands: what they confirm by submitting, and what shows while the profile is
 * under review (`keepEditing` opens the form again).
 */
export type AdviserFormParts = { consentText: string; underReview: (keepEditing: () => void) => ReactNode };

function CompanyOnboarding({ companyId, locale }: { companyId: string; locale: Locale }) {
  const t = useTranslations("companies.onboarding");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const company = useQuery(trpc.company.byIdForMember.queryOptions({ companyId }));
  if (company.isError) return <FormAlert tone="error">{translate(fieldErrorsOf(company.error).form)}</FormAlert>;
  if (!company.data) return <p>{t("loading")}</p>;
  return <OnboardingSteps companyId={companyId} locale={locale} data={company.data} />;
}

/**
 * Mounted once the company is loaded: the saved draft and step seed the state, so the person continues where they
 * stopped. With `adviser`, the same steps save and submit a client's profile through the advisers' procedures.
 */
export function OnboardingSteps({ companyId, locale, data, adviser }: { companyId: string; locale: Locale; data: WorkingCopy; adviser?: AdviserFormParts }) {
  const t = useTranslations("companies.onboarding");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const mode = adviser === undefined ? "member" : "adviser";
  const submitForMember = useMutation(trpc.company.submit.mutationOptions());
  const submitForClient = useMutation(trpc.advisers.submitCompany.mutationOptions());
  const submit = mode === "adviser" ? submitForClient : submitForMember;
  const [draft, setDraft] = useState<DraftState>(() => draftFromProfile(data.profile, data.legalName));
  const [step, setStep] = useState<CompanyOnboardingStep>(data.resumeStep);
  const [stepErrors, setStepErrors] = useState<FieldErrors>({});
  const [consent, setConsent] = useState(false);
  const [submitProblems, setSubmitProblems] = useState<string[]>([]);
  const [editingAfterSubmit, setEditingAfterSubmit] = useState(false);
  const country = data.country === "AZ" ? "AZ" : "UZ";
  const autosave = useAutosave(companyId, data.country, draft, mode);

  const set = useCallback(
    <F extends DraftField>(field: F, value: DraftState[F]) => {
      setDraft((previous) => ({ ...previous, [field]: value }));
      setStepErrors((previous) => {
        const { [field]: _removed, ...rest } = previous;
        return rest;
      });
      autosave.markDirty(field);
    },
    [autosave],
  );

  const identity = { country: data.country, taxId: data.taxId, legalName: draft.legalName ?? data.legalName };

  if (data.status === "submitted" && !editingAfterSubmit) {
    if (adviser !== undefined) return adviser.underReview(() => setEditingAfterSubmit(true));
    return (
      <section className="flex flex-col gap-4 rounded-xl border border-brand-100 bg-white p-6 dark:border-brand-700 dark:bg-slate-900" data-testid="under-review">
        <h2 className="text-xl font-semibold">{t("underReview.title")}</h2>
        <p>{t("underReview.text", { name: data.legalName })}</p>
        <div className="flex flex-wrap gap-3">
          <ButtonLink href="/dashboard">
            {t("underReview.dashboard")}
          </ButtonLink>
          <Button onClick={() => setEditingAfterSubmit(true)} variant="secondary">
            {t("underReview.edit")}
          </Button>
        </div>
      </section>
    );
  }

  const index = stepCodes.indexOf(step);
  const errorOf = (field: string) => translate(autosave.errors[field] ?? stepErrors[field]);
  const stepProps = { draft, set, errorOf, locale, country } as const;

  async function go(target: CompanyOnboardingStep, checkCurrent: boolean) {
    await autosave.flush();
    if (checkCurrent) {
      const problems = companySubmissionProblems(identity, draft);
      const own = Object.fromEntries(
        Object.entries(problems).flatMap(([field, keys]) => (fieldsOf(step).includes(field) && keys[0] ? [[field, keys[0]]] : [])),
      );
      setStepErrors(own);
      if (Object.keys(own).length > 0) return;
    }
    setStep(target);
    window.scrollTo({ top: 0 });
  }

  async function send() {
    await autosave.flush();
    try {
      await submit.mutateAsync({ companyId, consent: true });
      setEditingAfterSubmit(false);
      setSubmitProblems([]);
      await Promise.all(
        mode === "adviser"
          ? [queryClient.invalidateQueries({ queryKey: trpc.advisers.clientProfile.queryKey({ companyId }) })]
          : [
              queryClient.invalidateQueries({ queryKey: trpc.company.byIdForMember.queryKey({ companyId }) }),
              queryClient.invalidateQueries({ queryKey: trpc.company.mine.queryKey() }),
            ],
      );
    } catch (error) {
      const fields = fieldErrorsOf(error);
      setStepErrors(fields);
      setSubmitProblems(
        Object.entries(fields).map(([field, key]) => (field === "form" ? (translate(key) ?? "") : `${t.has(`fields.${field}`) ? t(`fields.${field}`) : field}: ${translate(key)}`)),
      );
    }
  }

  return (
    <section className="flex flex-col gap-6">
      <OnboardingProgress current={step} onSelect={(target) => void go(target, false)} />
      {data.status === "changes-requested" ? <ReviewReasons reasons={data.reviewReasons} note={data.reviewNote} locale={locale} /> : null}
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{t(`steps.${step}`)}</h2>
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400" data-testid="save-state">
          {autosave.state === "idle" ? "" : t(`saveState.${autosave.state}`)}
        </p>
      </div>
      {step === "identity" ? <IdentityStep {...stepProps} taxId={data.taxId} /> : null}
      {step === "location" ? <LocationStep {...stepProps} /> : null}
      {step === "business" ? <BusinessStep {...stepProps} /> : null}
      {step === "description" ? <DescriptionStep {...stepProps} /> : null}
      {step === "contact" ? <ContactStep {...stepProps} /> : null}
      {step === "logo" ? <LogoStep companyId={companyId} hasLogo={data.hasLogo} mode={mode} /> : null}
      {step === "review" ? (
        <ReviewStep companyId={companyId} slug={data.slug} locale={locale} consent={consent} onConsent={setConsent} problems={submitProblems} mode={mode} consentText={adviser?.consentText} />
      ) : null}
      <div className="flex flex-wrap justify-between gap-3 border-t border-slate-200 pt-4 dark:border-slate-800">
        <Button
          disabled={index === 0}
          onClick={() => void go(stepCodes[index - 1] ?? "identity", false)}
          variant="secondary"
        >
          {t("back")}
        </Button>
        {step === "review" ? (
          <Button
            disabled={!consent || submit.isPending}
            data-testid="onboarding-next"
            onClick={() => void send()}
          >
            {t("submit")}
          </Button>
        ) : (
          <Button
            data-testid="onboarding-next"
            onClick={() => void go(stepCodes[index + 1] ?? "review", true)}
          >
            {t("next")}
          </Button>
        )}
      </div>
    </section>
  );
}
