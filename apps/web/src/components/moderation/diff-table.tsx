"use client";

import type { RouterOutputs } from "@karvon/api";
import { useLocale, useTranslations } from "next-intl";
import { useFieldName } from "./field-name";
import { fieldValueText } from "./field-values";
import { Table, TableCell } from "@/components/ui/table";

type DiffEntry = NonNullable<RouterOutputs["moderation"]["reviewItem"]["diff"]>[number];

const rowStyle: Record<DiffEntry["kind"], string> = {
  added: "bg-emerald-50 dark:bg-emerald-950/40",
  removed: "bg-rose-50 dark:bg-rose-950/40",
  changed: "bg-amber-50 dark:bg-amber-950/40",
};

/** The edit against the last approved version: green added, red removed, amber changed. */
export function DiffTable({ diff }: { diff: DiffEntry[] }) {
  const t = useTranslations("moderation.review");
  const locale = useLocale();
  const fieldName = useFieldName();
  if (diff.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">{t("noChanges")}</p>;
  return (
    <Table headers={[t("field"), t("before"), t("after")]} data-testid="review-diff">
      {diff.map((entry) => (
        <tr key={entry.path} className={rowStyle[entry.kind]} data-kind={entry.kind}>
          <th scope="row" className="p-2 align-top font-medium">
            {fieldName(entry.path)} <span className="block text-xs font-normal text-slate-600 dark:text-slate-400">{t(entry.kind)}</span>
          </th>
          <TableCell className="align-top">{entry.kind === "added" ? "—" : <del>{fieldValueText(entry.path, entry.before, locale)}</del>}</TableCell>
          <TableCell className="align-top">{entry.kind === "removed" ? "—" : <ins className="no-underline">{fieldValueText(entry.path, entry.after, locale)}</ins>}</TableCell>
        </tr>
      ))}
    </Table>
  );
}
