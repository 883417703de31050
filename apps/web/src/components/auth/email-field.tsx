"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";

/** The e-mail field every auth form asks for, labelled and wired to its error the same way everywhere. */
export function EmailField({ error }: { error?: string }) {
  const t = useTranslations("auth");
  return <TextField name="email" type="email" label={t("fields.email")} autoComplete="email" required error={error} />;
}
