import { companyOnboardingSteps, type CompanyOnboardingStep } from "@karvon/data";
import { useTranslations } from "next-intl";

/** The steps as a numbered list; done steps can be revisited, the current one is announced. */
export function OnboardingProgress({ current, onSelect }: { current: CompanyOnboardingStep; onSelect: (step: CompanyOnboardingStep) => void }) {
  const t = useTranslations("companies.onboarding.steps");
  const index = companyOnboardingSteps.findIndex((step) => step.code === current);
  return (
    <nav aria-label={t("label")}>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" data-testid="step-counter">
        {t("counter", { current: index + 1, total: companyOnboardingSteps.length })}
      </p>
      <div className="mb-3 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${((index + 1) / companyOnboardingSteps.length) * 100}%` }} />
      </div>
      <ol className="hidden flex-wrap gap-2 text-sm sm:flex">
        {companyOnboardingSteps.map((step, position) => (
          <li key={step.code}>
            <button
              type="button"
              onClick={() => onSelect(step.code)}
              aria-current={step.code === current ? "step" : undefined}
              className="min-h-11 rounded-full border px-3 aria-[current=step]:border-brand-600 aria-[current=step]:bg-brand-600 aria-[current=step]:text-white border-slate-300 hover:border-brand-500 dark:border-slate-700"
            >
              {position + 1}. {t(step.code)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
