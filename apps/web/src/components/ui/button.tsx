import type { ButtonHTMLAttributes, ComponentProps } from "react";
import { Link } from "@/i18n/navigation";
import { buttonClasses, textLinkClasses, type ButtonLook } from "./button-classes";
import { classNames } from "./class-names";

// Callers import the look and the elements from one place.
export { buttonClasses, textLinkClasses, type ButtonSize, type ButtonVariant } from "./button-classes";

type ButtonProps = ButtonHTMLAttributes<HTMLButtonElement> & ButtonLook;

/** A `<button>`; `type="button"` unless told otherwise, so it never submits a form by accident. */
export function Button({ variant, size, className, type = "button", ...button }: ButtonProps) {
  return <button type={type} className={buttonClasses({ variant, size, className })} {...button} />;
}

type ButtonLinkProps = ComponentProps<typeof Link> & ButtonLook;

/** A link to another page that looks like a button (it navigates, so it is an `<a>`, not a `<button>`). */
export function ButtonLink({ variant, size, className, ...link }: ButtonLinkProps) {
  return <Link className={buttonClasses({ variant, size, className })} {...link} />;
}

type TextLinkProps = ComponentProps<typeof Link>;

/** A link inside text: brand-coloured and underlined, so it is seen as a link without hovering. */
export function TextLink({ className, ...link }: TextLinkProps) {
  return <Link className={classNames(textLinkClasses, className)} {...link} />;
}
