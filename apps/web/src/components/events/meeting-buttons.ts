/** The looks of the meeting desk's buttons: the main action and the others. */
export const buttonClass = "min-h-11 rounded-md bg-brand-600 px-4 font-semibold text-white hover:bg-brand-700 disabled:opacity-60";
export const secondaryClass = "min-h-11 rounded-md border border-slate-300 px-4 dark:border-slate-700";
