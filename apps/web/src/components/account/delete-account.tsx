"use client";

import { deleteAccountSchema } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import type { FormEvent } from "react";
import { signOut } from "@/lib/sign-out";
import { fieldErrorsOf, useFieldErrors } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import { FormAlert } from "../forms/form-alert";
import { TextField } from "@/components/ui/field";

/** Erases the account after the person types their own e-mail address. */
export function DeleteAccount({ email }: { email: string }) {
  const t = useTranslations("account");
  const locale = useLocale();
  const trpc = useTRPC();
  const errors = useFieldErrors();
  const remove = useMutation(trpc.account.delete.mutationOptions());

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const parsed = deleteAccountSchema.safeParse({ confirmEmail: new FormData(event.currentTarget).get("confirmEmail") });
    if (!parsed.success) return errors.fromZod(parsed.error);
    errors.clear();
    remove.mutate(parsed.data, {
      onError: (error) => {
        const fields = fieldErrorsOf(error);
        errors.setErrors(fields.form === "errors.account.confirmEmail" ? { confirmEmail: fields.form } : fields);
      },
      onSuccess: () => {
        // The session is gone with the account; clearing the cookie too, then a full load of the page that says so.
        // Nothing waits for this chain and it cannot reject: a failed sign-out still leads to that page.
        void signOut()
          .catch(() => undefined)
          .then(() => window.location.assign(`/${locale}/account/deleted`));
      },
    });
  }

  return (
    <form noValidate onSubmit={onSubmit} className="flex flex-col gap-4">
      <p className="text-sm">{t("delete.intro")}</p>
      {errors.messageOf("form") ? <FormAlert tone="error">{errors.messageOf("form")}</FormAlert> : null}
      <TextField
        name="confirmEmail"
        type="email"
        label={t("delete.confirm", { email })}
        autoComplete="off"
        error={errors.messageOf("confirmEmail")}
      />
      <button
        type="submit"
        disabled={remove.isPending}
        className="min-h-11 self-start rounded-md bg-red-700 px-4 font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        {t("delete.submit")}
      </button>
    </form>
  );
}
