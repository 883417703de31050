"use client";

import { maxImportFileBytes, maxImportRows } from "@karvon/data";
import { useMutation } from "@tanstack/react-query";
import { useLocale, useTranslations } from "next-intl";
import { useState, type ChangeEvent, type FormEvent } from "react";
import { Button, TextLink } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { errorText } from "@/lib/error-text";
import { useTRPC } from "@/trpc/client";
import { useErrorText } from "../moderation/use-error-text";
import { columnName } from "./column-name";
import { ImportPreview } from "./import-preview";

/** Base64 of a file's bytes, as the import procedures take it (the server tells CSV from a workbook and reads it). */
async function base64Of(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = "";
  for (let start = 0; start < bytes.length; start += 0x8000) binary += String.fromCharCode(...bytes.subarray(start, start + 0x8000));
  return btoa(binary);
}

/**
 * Upload a CSV file or an Excel workbook of companies, see every row's problems, then import the rows that are
 * ready. The file is sent twice (to check, then to import): the server never trusts a preview it handed out. `adviserName` names the
 * organisation an adviser imports for: its companies wait for their consent instead of going to review.
 */
export function CompanyImportForm({ adviserName = null }: { adviserName?: string | null }) {
  const t = useTranslations("imports");
  const translate = useTranslations();
  const locale = useLocale();
  const trpc = useTRPC();
  const callError = useErrorText();
  const [data, setData] = useState<string | null>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const preview = useMutation(trpc.companyImport.preview.mutationOptions());
  const run = useMutation(trpc.companyImport.run.mutationOptions());

  const choose = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    preview.reset();
    run.reset();
    setData(null);
    setFileError(null);
    if (file === undefined) return;
    if (file.size > maxImportFileBytes) setFileError("errors.import.tooLarge");
    else setData(await base64Of(file));
  };
  const check = (event: FormEvent) => {
    event.preventDefault();
    if (data !== null) preview.mutate({ data });
  };
  const fileProblem = (message: string, value?: string) =>
    errorText(translate, message, { value: message === "errors.import.missingColumn" && value !== undefined ? columnName(value, locale, t("descriptionColumn")) : (value ?? "") });

  return (
    <div className="mt-6 flex flex-col gap-4">
      <form onSubmit={check} className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <Field
          name="file"
          label={t("file")}
          hint={t("fileHint", { rows: new Intl.NumberFormat(locale).format(maxImportRows) })}
          error={fileError === null ? undefined : errorText(translate, fileError)}
          className="flex flex-1 flex-col gap-1"
        >
          {(control) => <input {...control} type="file" accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(event) => void choose(event)} data-testid="import-file" />}
        </Field>
        <Button type="submit" variant="primary" disabled={data === null || preview.isPending} data-testid="import-check">
          {preview.isPending ? t("checking") : t("check")}
        </Button>
      </form>
      {preview.error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{callError(preview.error)}</p> : null}
      {preview.data && preview.data.problems.length > 0 ? (
        <div role="alert" className="rounded-md border border-red-300 p-3 text-sm dark:border-red-800" data-testid="import-file-problems">
          <p className="font-medium">{t("fileProblems")}</p>
          <ul className="mt-1 list-disc ps-5">
            {preview.data.problems.map((problem, index) => (
              <li key={index}>{fileProblem(problem.message, problem.value)}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.data && preview.data.problems.length === 0 && !run.data ? (
        <ImportPreview
          rows={preview.data.rows}
          ready={preview.data.ready}
          importing={run.isPending}
          onImport={() => data !== null && run.mutate({ data })}
        />
      ) : null}
      {run.error ? <p role="alert" className="text-sm text-red-700 dark:text-red-400">{callError(run.error)}</p> : null}
      {run.data ? (
        <div role="status" className="rounded-md border border-emerald-300 p-3 text-sm dark:border-emerald-800" data-testid="import-result">
          <p>{t(adviserName === null ? "created" : "createdAwaitingConsent", { count: run.data.created })}</p>
          {run.data.existing > 0 ? <p>{t("existing", { count: run.data.existing })}</p> : null}
          <p className="mt-2">
            {adviserName === null ? (
              <TextLink href="/admin">{t("reviewLink")}</TextLink>
            ) : (
              <TextLink href="/advisers">{t("toPortfolio", { name: adviserName })}</TextLink>
            )}
          </p>
        </div>
      ) : null}
    </div>
  );
}
