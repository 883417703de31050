"use client";

import { useMutation } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState, type ChangeEvent } from "react";
import { FormAlert } from "@/components/forms/form-alert";
import { useTranslateError, fieldErrorsOf } from "@/lib/field-errors";
import { useTRPC } from "@/trpc/client";
import type { ProfileFormMode } from "./draft";

const maxBytes = 2 * 1024 * 1024;
const accepted = ["image/png", "image/jpeg", "image/webp"];

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** Logo upload: checked in the browser for a quick answer, and again (signature, size, re-encoding) on the server. */
export function LogoStep({ companyId, hasLogo, mode = "member" }: { companyId: string; hasLogo: boolean; mode?: ProfileFormMode }) {
  const t = useTranslations("companies.onboarding.logo");
  const translate = useTranslateError();
  const trpc = useTRPC();
  const forMember = useMutation(trpc.company.uploadLogo.mutationOptions());
  const forClient = useMutation(trpc.advisers.uploadCompanyLogo.mutationOptions());
  const upload = mode === "adviser" ? forClient : forMember;
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState<number | null>(hasLogo ? 0 : null);

  async function choose(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    if (!file) return;
    setError(null);
    if (file.type === "image/svg+xml") return setError("errors.logo.svg");
    if (!accepted.includes(file.type)) return setError("errors.logo.format");
    if (file.size > maxBytes) return setError("errors.logo.tooLarge");
    try {
      await upload.mutateAsync({ companyId, dataUrl: await readAsDataUrl(file) });
      setVersion(Date.now());
    } catch (failure) {
      setError(fieldErrorsOf(failure).form ?? "errors.internal");
    }
  }

  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-slate-700 dark:text-slate-300">{t("hint")}</p>
      <div className="flex flex-wrap items-center gap-4">
        <div className="grid size-32 place-items-center overflow-hidden rounded-xl border border-slate-200 bg-white dark:border-slate-700">
          {version !== null ? (
            <img src={`/api/logos/${companyId}?version=working&v=${version}`} alt={t("preview")} className="max-h-full max-w-full object-contain" />
          ) : (
            <span className="px-2 text-center text-xs text-slate-600">{t("none")}</span>
          )}
        </div>
        <label className="inline-flex min-h-11 cursor-pointer items-center rounded-md border border-slate-300 bg-white px-4 font-medium hover:bg-slate-50 dark:border-slate-700 dark:bg-slate-800">
          {upload.isPending ? t("uploading") : version !== null ? t("replace") : t("choose")}
          <input type="file" accept="image/png,image/jpeg,image/webp" className="sr-only" onChange={choose} data-testid="logo-input" />
        </label>
      </div>
      {error ? <FormAlert tone="error">{translate(error)}</FormAlert> : null}
      <p className="text-xs text-slate-600 dark:text-slate-400">{t("optional")}</p>
    </div>
  );
}
