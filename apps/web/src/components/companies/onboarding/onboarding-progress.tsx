"use client";

import { companyOnboardingSteps, type CompanyOnboardingStep } from "@karvon/data";
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";

/**
 * The steps as a numbered list; done steps can be revisited, the current one is announced. On a phone the list is
 * one row that scrolls sideways (the page itself never does) and keeps the current step in view; from `sm` up it
 * wraps.
 */
export function OnboardingProgress({ current, onSelect }: { current: CompanyOnboardingStep; onSelect: (step: CompanyOnboardingStep) => void }) {
  const t = useTranslations("companies.onboarding.steps");
  const index = companyOnboardingSteps.findIndex((step) => step.code === current);
  const listRef = useRef<HTMLOListElement>(null);

  // Scroll the row (not the page) so the current step sits in the middle of it.
  useEffect(() => {
    const list = listRef.current;
    const button = list?.querySelector<HTMLElement>('[aria-current="step"]');
    if (!list || !button || list.scrollWidth <= list.clientWidth) return;
    const reduceMotion = window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    list.scrollTo({ left: button.offsetLeft - (list.clientWidth - button.offsetWidth) / 2, behavior: reduceMotion ? "auto" : "smooth" });
  }, [current]);

  return (
    <nav aria-label={t("label")}>
      <p className="mb-2 text-sm text-slate-600 dark:text-slate-400" data-testid="step-counter">
        {t("counter", { current: index + 1, total: companyOnboardingSteps.length })}
      </p>
      <div className="mb-3 h-2 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800" aria-hidden="true">
        <div className="h-full bg-brand-600 transition-all" style={{ width: `${((index + 1) / companyOnboardingSteps.length) * 100}%` }} />
      </div>
      <ol
        ref={listRef}
        className="relative -mx-4 flex snap-x snap-mandatory gap-2 overflow-x-auto scroll-px-4 px-4 pb-2 text-sm [scrollbar-width:thin] sm:mx-0 sm:snap-none sm:flex-wrap sm:overflow-visible sm:px-0 sm:pb-0"
        data-testid="onboarding-steps"
      >
        {companyOnboardingSteps.map((step, position) => (
          <li key={step.code} className="shrink-0 snap-center">
            <button
              type="button"
              onClick={() => onSelect(step.code)}
              aria-current={step.code === current ? "step" : undefined}
              className="min-h-11 whitespace-nowrap rounded-full border border-slate-300 px-4 hover:border-brand-500 aria-[current=step]:border-brand-600 aria-[current=step]:bg-brand-600 aria-[current=step]:text-white dark:border-slate-700"
            >
              {position + 1}. {t(step.code)}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
