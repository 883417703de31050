"use client";

import { useTranslations } from "next-intl";
import { TextField } from "@/components/ui/field";

/**
 * The password field of the auth forms. A new password carries the rule it must meet as a hint; the current one
 * lets the browser fill in what it saved.
 */
export function PasswordField({ isNew, label, error }: { isNew: boolean; label: string; error?: string }) {
  const t = useTranslations("auth");
  return (
    <TextField
      name="password"
      type="password"
      label={label}
      autoComplete={isNew ? "new-password" : "current-password"}
      required
      hint={isNew ? t("passwordHint") : undefined}
      error={error}
    />
  );
}
