import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

/**
 * The text of a field's label, with a visible asterisk on required fields. The asterisk is hidden from screen
 * readers, which hear "required" from the control's `aria-required` instead (or, for a group, from the words).
 */
export function FieldLabelText({ children, isRequired, announce = false }: { children: ReactNode; isRequired?: boolean; announce?: boolean }) {
  const t = useTranslations("common.form");
  return (
    <>
      {children}
      {isRequired ? (
        <>
          <span aria-hidden="true" className="ml-0.5 text-red-700 dark:text-red-400" data-testid="required-mark">*</span>
          {announce ? <span className="sr-only"> ({t("required")})</span> : null}
        </>
      ) : null}
    </>
  );
}
