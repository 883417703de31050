/**
 * The look of a text input, select or textarea; a red border when the control is marked invalid. A module of its
 * own, so a component that only styles a control (the language switcher in the header of every page) does not
 * bring the field components into every page's first load.
 */
export const controlClasses =
  "min-h-11 rounded-md border border-slate-300 bg-white px-3 py-2 aria-[invalid]:border-red-600 dark:border-slate-700 dark:bg-slate-800";
