import type { CompanyDraftFieldName, Locale } from "@karvon/data";

/** The onboarding form's state: the working copy as the person types it (codes as plain strings). */
export type DraftState = {
  legalName?: string;
  region?: string;
  district?: string;
  city?: string;
  economicZone?: string;
  foundedYear?: number;
  sizeBand?: string;
  sectors?: string[];
  hsChapters?: string[];
  exportsTo?: string[];
  importsFrom?: string[];
  languages?: string[];
  website?: string;
  description?: Partial<Record<Locale, string>>;
  contactName?: string;
  contactPosition?: string;
  contactEmail?: string;
  contactPhone?: string;
};

export type DraftField = keyof DraftState & CompanyDraftFieldName;

/**
 * Who fills in the profile form: a member of the company, or an adviser of a client that confirmed it (the same
 * form and rules, through the advisers' procedures).
 */
export type ProfileFormMode = "member" | "adviser";

/** The description without empty languages, or undefined when no language is filled in. */
function filledDescription(description: DraftState["description"]): DraftState["description"] {
  const entries = Object.entries(description ?? {}).filter(([, text]) => typeof text === "string" && text.trim() !== "");
  return entries.length === 0 ? undefined : Object.fromEntries(entries);
}

/** Splits changed fields into what to save and what to remove (emptied text, emptied selects). */
export function patchOf(draft: DraftState, fields: Iterable<DraftField>) {
  const patch: Record<string, unknown> = {};
  const clear: DraftField[] = [];
  for (const field of fields) {
    const value = field === "description" ? filledDescription(draft.description) : draft[field];
    if (value === undefined || value === "") clear.push(field);
    else patch[field] = value;
  }
  return { patch, clear };
}

/** The draft as loaded from the server (unknown keys are ignored). */
export function draftFromProfile(profile: Record<string, unknown>, legalName: string): DraftState {
  return { legalName, ...(profile as DraftState) };
}
