import { readCompanyFile, type CompanySubmit, type FileProblem, type RowProblem } from "@karvon/data";
import { findImportedTaxIds, freeSlug, insertCompany, lockTaxIdForImport, recordAudit } from "@karvon/db";
import type { Db } from "@karvon/db";
import type { SignedInDeps } from "../trpc";

/** One row as the preview shows it: where it is in the file, what it names, and what keeps it out. */
export type PreviewRow = { line: number; legalName: string; taxId: string; problems: RowProblem[] };

/** A checked upload: file problems (nothing can be imported), every row, and the rows ready to import. */
export type CheckedUpload = { problems: FileProblem[]; rows: PreviewRow[]; ready: { line: number; company: CompanySubmit }[] };

/**
 * Reads and checks an uploaded file against the form's rules and against the database: a row whose tax ID a
 * company already stands for (published, under review or imported before) is "a duplicate of an existing company".
 * The import checks the file again itself: a preview the browser hands back is never trusted.
 */
export async function checkUploadedFile(db: Db, base64: string): Promise<CheckedUpload> {
  const checked = readCompanyFile(new Uint8Array(Buffer.from(base64, "base64")));
  const valid = checked.rows.flatMap((row) => (row.result.ok ? [{ line: row.line, company: row.result.company }] : []));
  const existing = await findImportedTaxIds(db, valid.map(({ company }) => company));
  const isExisting = (company: CompanySubmit) => existing.has(`${company.country}:${company.taxId}`);
  const rows = checked.rows.map((row): PreviewRow => {
    const problems = row.result.ok
      ? isExisting(row.result.company)
        ? [{ column: "taxId" as const, message: "errors.import.duplicateInDatabase" as const, value: row.result.company.taxId }]
        : []
      : row.result.problems;
    return { line: row.line, legalName: row.cells.legalName?.trim() ?? "", taxId: row.cells.taxId?.trim() ?? "", problems };
  });
  return { problems: checked.problems, rows, ready: valid.filter(({ company }) => !isExisting(company)) };
}

/**
 * Imports one checked row in its own transaction: the company, with no members, handed to review at once — a file
 * never publishes anything — and one audit row naming who imported it. Under the tax ID's lock a company that
 * appeared meanwhile (another upload of the same file) wins, and nothing is created.
 */
export async function importCompanyRow(deps: SignedInDeps, row: { line: number; company: CompanySubmit }): Promise<"created" | "existing"> {
  const { country, taxId, ...profile } = row.company;
  return deps.db.transaction(async (tx) => {
    if (await lockTaxIdForImport(tx, { country, taxId })) return "existing";
    const company = await insertCompany(tx, {
      legalName: profile.legalName,
      country,
      taxId,
      slug: await freeSlug(tx, profile.legalName, Math.random),
      profile,
      at: deps.now,
      imported: { by: deps.user.id },
    });
    await recordAudit(tx, {
      actorId: deps.user.id,
      action: "company.import",
      targetType: "company",
      targetId: company.id,
      after: { line: row.line, legalName: company.legalName, country, taxId },
      ip: deps.clientAddress,
      at: deps.now,
    });
    return "created";
  });
}
