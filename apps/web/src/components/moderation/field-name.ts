"use client";

import { useLocale, useTranslations } from "next-intl";
import { isLabelledField, pathLanguage } from "./field-values";

/** The name of a snapshot field (`description.ru` → "Description · Russian") in the reader's language. */
export function useFieldName(): (path: string) => string {
  const t = useTranslations("moderation");
  const locale = useLocale();
  return (path) => {
    const [field = path] = path.split(".");
    const name = isLabelledField(field) ? t(`fields.${field}`) : field;
    const language = pathLanguage(path, locale);
    return language === null ? name : t("review.fieldIn", { field: name, language });
  };
}
