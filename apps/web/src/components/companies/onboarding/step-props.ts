import type { Locale } from "@karvon/data";
import type { DraftField, DraftState } from "./draft";

/** What every onboarding step receives: the draft, a setter that also schedules the autosave, errors. */
export type StepProps = {
  draft: DraftState;
  set: <F extends DraftField>(field: F, value: DraftState[F]) => void;
  errorOf: (field: string) => string | undefined;
  locale: Locale;
  country: "UZ" | "AZ";
};
