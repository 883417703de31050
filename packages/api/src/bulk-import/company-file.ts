import { readCompanyFile, type CompanySubmit, type FileProblem, type RowProblem } from "@karvon/data";
import { findImportedTaxIds, freeSlug, insertCompany, insertCompanyAdviser, lockTaxIdForImport, recordAudit } from "@karvon/db";
import type { AdviserOrganizationRow, Db } from "@karvon/db";
import { adviserConsentMail } from "../advisers/mail-templates";
import { reserveConsentMail } from "../advisers/consent-limit";
import { newConsentToken } from "../advisers/consent-token";
import { queueMail } from "../mail";
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
  const checked = await readCompanyFile(new Uint8Array(Buffer.from(base64, "base64")));
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
 * Imports one checked row in its own transaction, with no members and one audit row naming who imported it. A file
 * never publishes anything: staff's rows go to review at once; an adviser's row stays a draft linked to the
 * adviser's organisation, and the company's own contact address gets a link to confirm the adviser (which hands
 * the profile to review) or to refuse it — within the organisation's daily cap on consent mails. Under the tax ID's lock a company that appeared meanwhile (another upload
 * of the same file) wins, and nothing is created.
 */
export async function importCompanyRow(
  deps: SignedInDeps,
  row: { line: number; company: CompanySubmit },
  adviser: AdviserOrganizationRow | null,
): Promise<"created" | "existing"> {
  const { country, taxId, ...profile } = row.company;
  return deps.db.transaction(async (tx) => {
    if (await lockTaxIdForImport(tx, { country, taxId })) return "existing";
    if (adviser !== null) await reserveConsentMail(tx, { organizationId: adviser.id, limit: deps.config.adviserConsentMailsPerDay, now: deps.now });
    const company = await insertCompany(tx, {
      legalName: profile.legalName,
      country,
      taxId,
      slug: await freeSlug(tx, profile.legalName, Math.random),
      profile,
      at: deps.now,
      imported: { by: deps.user.id, submitted: adviser === null },
    });
    if (adviser !== null) {
      const consent = newConsentToken();
      await insertCompanyAdviser(tx, {
        companyId: company.id,
        organizationId: adviser.id,
        consentEmail: profile.contactEmail,
        consentTokenHash: consent.hash,
        addedBy: deps.user.id,
        at: deps.now,
      });
      await queueMail(tx, {
        to: profile.contactEmail,
        locale: deps.user.locale,
        template: adviserConsentMail,
        params: { organizationName: adviser.name, companyName: company.legalName, url: `${deps.config.publicUrl}/${deps.user.locale}/advisers/consent/${consent.token}` },
        dedupeKey: `adviser-consent:${company.id}`,
      });
    }
    await recordAudit(tx, {
      actorId: deps.user.id,
      action: "company.import",
      targetType: "company",
      targetId: company.id,
      after: { line: row.line, legalName: company.legalName, country, taxId, adviserOrganizationId: adviser?.id ?? null },
      ip: deps.clientAddress,
      at: deps.now,
    });
    return "created";
  });
}
