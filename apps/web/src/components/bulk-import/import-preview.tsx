"use client";

import { useLocale, useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { Table, TableCell, TableRow } from "@/components/ui/table";
import { errorText } from "@/lib/error-text";
import { columnName } from "./column-name";

type PreviewRow = { line: number; legalName: string; taxId: string; problems: { column: string; message: string; value?: string }[] };

/** What a checked file holds: how many rows are ready, every row with problems and why, and the import button. */
export function ImportPreview({ rows, ready, importing, onImport }: { rows: PreviewRow[]; ready: number; importing: boolean; onImport: () => void }) {
  const t = useTranslations("imports");
  const translate = useTranslations();
  const locale = useLocale();
  const withProblems = rows.filter((row) => row.problems.length > 0);
  const readyRows = rows.filter((row) => row.problems.length === 0);
  const table = (shown: PreviewRow[], testId: string) => (
    <Table headers={[t("row"), t("company"), t("taxId"), t("problems")]} wrapperClassName="mt-2" data-testid={testId}>
      {shown.map((row) => (
        <TableRow key={row.line}>
          <TableCell>{row.line}</TableCell>
          <TableCell>{row.legalName}</TableCell>
          <TableCell className="whitespace-nowrap">{row.taxId}</TableCell>
          <TableCell>
            <ul>
              {row.problems.map((problem, index) => (
                <li key={index}>
                  {t("problem", {
                    column: columnName(problem.column, locale, t("descriptionColumn")),
                    problem: errorText(translate, problem.message, { value: problem.value ?? "" }),
                  })}
                </li>
              ))}
            </ul>
          </TableCell>
        </TableRow>
      ))}
    </Table>
  );

  return (
    <section aria-live="polite" className="flex flex-col gap-3" data-testid="import-preview">
      <div className="text-sm">
        <p>{t("ready", { count: ready })}</p>
        <p>{t("withProblems", { count: withProblems.length })}</p>
      </div>
      {ready > 0 ? (
        <Button variant="primary" onClick={onImport} disabled={importing} className="self-start" data-testid="import-run">
          {importing ? t("importing") : t("import", { count: ready })}
        </Button>
      ) : null}
      {withProblems.length > 0 ? <h2 className="text-lg font-semibold">{t("problemRows")}</h2> : null}
      {withProblems.length > 0 ? table(withProblems, "import-problem-rows") : null}
      {readyRows.length > 0 ? (
        <details>
          <summary className="cursor-pointer text-lg font-semibold">{t("readyRows")}</summary>
          {table(readyRows, "import-ready-rows")}
        </details>
      ) : null}
    </section>
  );
}
