import { eq } from "drizzle-orm";
import type { Db } from "../client";
import { createAppeal } from "../queries/appeals";
import { recordAudit } from "../queries/audit";
import { approveCompanyVersion, createCompanyDraft, saveCompanyDraft, submitCompany, type CompanyRow } from "../queries/companies";
import { approveListingVersion, createListingDraft, saveListingDraft, submitListing } from "../queries/listings";
import { suspendCompany } from "../queries/moderation-enforcement";
import { createReport } from "../queries/reports";
import { refreshSearchDocumentsForCompanies } from "../queries/search-documents";
import { user } from "../schema";
import { demoModeratorEmail, demoProfile, demoTaxId, handleOf, insertDemoPerson, randomPassword, type DemoAccount, type DemoCompany } from "./companies";
import { demoListingContent, listingCandidatesFor } from "./listings";

const hourMs = 3600 * 1000;
const dayMs = 24 * hourMs;

/**
 * Four more companies, apart from the published demo set (whose owners and pages other tests rely on), each
 * bringing one kind of work to the moderation desk. Their indexes continue after the demo list, for distinct tax
 * IDs, phones and e-mail addresses.
 */
export const demoDeskCompanies = {
  /** Signed up this morning and waits for its first review. */
  newcomer: { name: "Xiva Gʻisht Zavodi", country: "UZ", region: "UZ-XO", district: "UZ-XO-khiva-city", theme: "construction", size: "small", founded: 2021, contact: ["Sarvar Atajonov", "Direktor"] },
  /** Published; its owner has since added a website and English, which wait for review. */
  editing: { name: "Quba Xalça Emalatxanası", country: "AZ", region: "AZ-QXM", district: "AZ-QBA", theme: "silk", size: "micro", founded: 2015, contact: ["Səadət Məmmədova", "Rəhbər"] },
  /** Published; one listing changed and one new listing wait for review. */
  lister: { name: "Guliston Un Tegirmoni", country: "UZ", region: "UZ-SI", district: "UZ-SI-gulistan-city", theme: "food", size: "medium", founded: 2012, contact: ["Bahodir Eshonqulov", "Tijorat direktori"] },
  /** Suspended for misleading listings; its owner has appealed. */
  suspended: { name: "Lənkəran Sitrus Ticarət", country: "AZ", region: "AZ-LNA", district: "AZ-LA", theme: "fruit", size: "small", founded: 2020, contact: ["Elnur Talıbov", "Direktor"] },
} as const satisfies Record<string, DemoCompany>;

const firstDeskIndex = 100;

export const demoAdminEmail = "admin@demo.karvon.local";

type Seeded = { demo: DemoCompany; company: CompanyRow; ownerId: string; account: DemoAccount };

/** An owner account and its company, submitted at `submittedAt` and, when `approvedAt` is given, published then. */
async function deskCompany(
  tx: Db,
  params: { company: DemoCompany; index: number; password: string; hash: string; joined: Date; submittedAt: Date; approvedAt?: Date; moderatorId: string; random: () => number },
): Promise<Seeded> {
  const { company, index } = params;
  const ownerId = crypto.randomUUID();
  const email = `${handleOf(index, company.country)}@demo.karvon.local`;
  await insertDemoPerson(tx, { id: ownerId, name: company.contact[0], email, locale: company.country === "UZ" ? "uz" : "az", hash: params.hash, at: params.joined });
  const created = await createCompanyDraft(tx, {
    userId: ownerId,
    legalName: company.name,
    country: company.country,
    taxId: demoTaxId(company.country, index),
    at: params.joined,
    random: params.random,
  });
  if (!created.ok) throw new Error(`demo desk company ${company.name}: its owner has too many drafts`);
  await saveCompanyDraft(tx, { companyId: created.company.id, at: params.joined, patch: demoProfile(company, index, email) });
  const submitted = await submitCompany(tx, { companyId: created.company.id, at: params.submittedAt });
  if (submitted === null) throw new Error(`demo desk company ${company.name}: not submitted`);
  const row =
    params.approvedAt === undefined
      ? submitted
      : await approveCompanyVersion(tx, { companyId: submitted.id, version: submitted.version, moderatorId: params.moderatorId, at: params.approvedAt });
  if (row === null) throw new Error(`demo desk company ${company.name}: not approved`);
  const account: DemoAccount = { email, password: params.password, role: "user", company: company.name, slug: row.published === null ? "" : row.slug };
  return { demo: company, company: row, ownerId, account };
}

/** A listing written, submitted and (when `approvedAt` is given) published, as the owner and a moderator would. */
async function deskListing(
  tx: Db,
  params: { seeded: Seeded; candidate: number; submittedAt: Date; approvedAt?: Date; moderatorId: string; random: () => number },
) {
  const { demo, company, ownerId } = params.seeded;
  const candidates = listingCandidatesFor(demo.theme);
  const candidate = candidates[params.candidate % candidates.length];
  if (candidate === undefined) throw new Error(`demo desk company ${company.legalName}: nothing to list`);
  const content = demoListingContent(company, candidate, params.random);
  const draft = await createListingDraft(tx, { companyId: company.id, kind: candidate.kind, content, createdBy: ownerId, at: params.submittedAt });
  const submitted = await submitListing(tx, { listingId: draft.id, at: params.submittedAt });
  if (submitted === null) throw new Error("demo desk listing: not submitted");
  if (params.approvedAt === undefined) return submitted;
  const approved = await approveListingVersion(tx, { listingId: submitted.id, version: submitted.version, moderatorId: params.moderatorId, at: params.approvedAt });
  if (approved === null) throw new Error("demo desk listing: not approved");
  return approved;
}

/**
 * Work waiting at the moderation desk, so that a newcomer signing in as the demo moderator can try it at once: a
 * company's first submission, an edit of a published company, a new listing and an edit of a published one, an
 * open report — and, for the demo admin (only an admin who did not take the decision may decide an appeal), a
 * suspended company's appeal. Everything is written through the queries the portal itself uses, in one
 * transaction. Runs after `seedDemoCompanies` (it needs the demo moderator). Returns the accounts to print once.
 */
export async function seedDemoModerationDesk(
  db: Db,
  params: { hashPassword: (password: string) => Promise<string>; random: () => number; now?: Date },
): Promise<DemoAccount[]> {
  const now = params.now ?? new Date();
  const ago = (ms: number) => new Date(now.getTime() - ms);
  const people = await Promise.all(
    [...Object.values(demoDeskCompanies), null].map(async () => {
      const password = randomPassword(params.random);
      return { password, hash: await params.hashPassword(password) };
    }),
  );
  const person = (index: number) => {
    const found = people[index];
    if (found === undefined) throw new Error("demo desk: a password is missing");
    return found;
  };
  return db.transaction(async (tx) => {
    const [moderator] = await tx.select({ id: user.id }).from(user).where(eq(user.email, demoModeratorEmail));
    if (moderator === undefined) throw new Error("demo desk: the demo moderator is missing");
    const moderatorId = moderator.id;
    const common = { moderatorId, random: params.random };

    const newcomer = await deskCompany(tx, { ...common, company: demoDeskCompanies.newcomer, index: firstDeskIndex, ...person(0), joined: ago(6 * hourMs), submittedAt: ago(5 * hourMs) });

    const editing = await deskCompany(tx, { ...common, company: demoDeskCompanies.editing, index: firstDeskIndex + 1, ...person(1), joined: ago(120 * dayMs), submittedAt: ago(119 * dayMs), approvedAt: ago(118 * dayMs) });
    const reported = await deskListing(tx, { ...common, seeded: editing, candidate: 0, submittedAt: ago(60 * dayMs), approvedAt: ago(59 * dayMs) });
    await saveCompanyDraft(tx, {
      companyId: editing.company.id,
      at: ago(2 * dayMs),
      patch: { website: "https://quba-xalca.az", languages: ["az", "ru", "tr", "en"] },
    });
    if ((await submitCompany(tx, { companyId: editing.company.id, at: ago(2 * dayMs) })) === null) throw new Error("demo desk: the edit was not submitted");

    const lister = await deskCompany(tx, { ...common, company: demoDeskCompanies.lister, index: firstDeskIndex + 2, ...person(2), joined: ago(300 * dayMs), submittedAt: ago(299 * dayMs), approvedAt: ago(298 * dayMs) });
    const changed = await deskListing(tx, { ...common, seeded: lister, candidate: 0, submittedAt: ago(40 * dayMs), approvedAt: ago(39 * dayMs) });
    // The mill now offers twice the quantity it first published.
    const quantity = typeof changed.content.quantity === "number" ? changed.content.quantity * 2 : undefined;
    await saveListingDraft(tx, { listingId: changed.id, at: ago(26 * hourMs), content: { ...changed.content, ...(quantity === undefined ? {} : { quantity }) } });
    if ((await submitListing(tx, { listingId: changed.id, at: ago(26 * hourMs) })) === null) throw new Error("demo desk: the listing edit was not submitted");
    await deskListing(tx, { ...common, seeded: lister, candidate: 1, submittedAt: ago(3 * hourMs) });

    const report = await createReport(tx, {
      reporterId: lister.ownerId,
      targetType: "listing",
      targetId: reported.id,
      reason: "wrong-information",
      note: "Eʼlonda koʻrsatilgan hajm kompaniyaning ishlab chiqarish quvvatiga toʻgʻri kelmaydi.",
      at: ago(20 * hourMs),
    });
    if (report === null) throw new Error("demo desk: the report was not filed");

    const suspended = await deskCompany(tx, { ...common, company: demoDeskCompanies.suspended, index: firstDeskIndex + 3, ...person(3), joined: ago(200 * dayMs), submittedAt: ago(199 * dayMs), approvedAt: ago(198 * dayMs) });
    await deskListing(tx, { ...common, seeded: suspended, candidate: 0, submittedAt: ago(90 * dayMs), approvedAt: ago(89 * dayMs) });
    const suspendedAt = ago(4 * dayMs);
    if ((await suspendCompany(tx, { companyId: suspended.company.id, reason: "misleading", at: suspendedAt })) === null) throw new Error("demo desk: not suspended");
    await recordAudit(tx, {
      at: suspendedAt,
      actorId: moderatorId,
      action: "moderation.company.suspend",
      targetType: "company",
      targetId: suspended.company.id,
      before: { suspended: false },
      after: { suspended: true, reason: "misleading" },
    });
    const appeal = await createAppeal(tx, {
      companyId: suspended.company.id,
      kind: "suspension",
      itemType: "company",
      itemId: suspended.company.id,
      // As an owner's appeal names a suspension: the company and the instant it was suspended.
      subjectKey: `suspension:${suspended.company.id}:${suspendedAt.toISOString()}`,
      originalModeratorId: moderatorId,
      authorId: suspended.ownerId,
      message:
        "Elanlarımızdakı həcmlər ötən mövsümə aid idi və artıq düzəldilib. Xahiş edirik, şirkətimizin fəaliyyətini bərpa edəsiniz; təsdiqedici sənədləri göndərməyə hazırıq.",
      at: ago(2 * dayMs),
    });
    if (appeal === null) throw new Error("demo desk: the appeal was not filed");

    const admin = person(4);
    const adminId = crypto.randomUUID();
    await insertDemoPerson(tx, { id: adminId, name: "Demo Admin", email: demoAdminEmail, locale: "en", role: "admin", hash: admin.hash, at: now });

    await refreshSearchDocumentsForCompanies(tx, [editing.company.id, lister.company.id, suspended.company.id], now);
    return [
      newcomer.account,
      editing.account,
      lister.account,
      suspended.account,
      { email: demoAdminEmail, password: admin.password, role: "admin", company: "", slug: "" },
    ];
  });
}
