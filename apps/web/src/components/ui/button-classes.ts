import { classNames } from "./class-names";

/**
 * What an action looks like. `primary` is the one main action of a form or page, `secondary` any other,
 * `danger` one that deletes, revokes or refuses, `link` an action that reads as a link in running text.
 */
export type ButtonVariant = "primary" | "secondary" | "danger" | "link";
/** `md` stands alone; `sm` sits in a row of other controls or in a card, with smaller text. */
export type ButtonSize = "md" | "sm";

export type ButtonLook = { variant?: ButtonVariant; size?: ButtonSize; className?: string };

/** The colour of a link in running text; add a weight or size where the text around it asks for one. */
export const textLinkClasses = "text-brand-700 underline dark:text-brand-100";

// Every button is at least 44px tall so a finger can hit it; the link look keeps to the line it stands in.
const box = "inline-flex min-h-11 items-center justify-center gap-2 rounded-md disabled:opacity-60";

const looks: Record<ButtonVariant, string> = {
  primary: `${box} bg-brand-600 font-semibold text-white hover:bg-brand-700`,
  secondary: `${box} border border-slate-300 font-medium hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-800`,
  danger: `${box} border border-red-300 font-medium text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950`,
  link: `font-medium ${textLinkClasses} disabled:opacity-60`,
};

const sizes: Record<ButtonSize, string> = { md: "px-5", sm: "px-4 text-sm" };

/** The classes of a button, for an element that must look like one without being a `<button>` or a `<Link>`. */
export function buttonClasses({ variant = "primary", size = "md", className }: ButtonLook = {}) {
  return classNames(looks[variant], variant !== "link" && sizes[size], className);
}
