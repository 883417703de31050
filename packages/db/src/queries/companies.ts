import { foldText, isValidTaxId, normalizeTaxId, type CompanyProfile, type VerificationLevel } from "@karvon/data";
import { and, desc, eq, inArray, isNotNull, isNull, ne, or, sql } from "drizzle-orm";
import type { Db } from "../client";
import { companies, companyLogos, member, organization, user } from "../schema";

export type CompanyRow = typeof companies.$inferSelect;

/** Roles of a company membership (better-auth organization roles; this portal uses owner and member). */
export type CompanyMemberRole = "owner" | "admin" | "member";

// ─── creation ────────────────────────────────────────────────────────────────────────────────────────────

/** `kamolot-tekstil-7kq2`: the folded legal name (Cyrillic transliterated) and a short random suffix. */
export function slugCandidate(legalName: string, suffix: string): string {
  const base = foldText(legalName)
    .replace(/[^a-z0-9 ]/g, "")
    .trim()
    .split(" ")
    .filter((word) => word !== "")
    .join("-")
    .slice(0, 60)
    .replace(/-+$/, "");
  return base === "" ? `company-${suffix}` : `${base}-${suffix}`;
}

/** Four lowercase base-36 characters. */
function randomSuffix(random: () => number): string {
  let out = "";
  for (let i = 0; i < 4; i++) out += Math.floor(random() * 36).toString(36);
  return out;
}

export async function freeSlug(db: Db, legalName: string, random: () => number): Promise<string> {
  for (let attempt = 0; attempt < 8; attempt++) {
    const slug = slugCandidate(legalName, randomSuffix(random) + (attempt > 3 ? randomSuffix(random) : ""));
    const [companyTaken, orgTaken] = await Promise.all([
      db.select({ id: companies.id }).from(companies).where(eq(companies.slug, slug)).limit(1),
      db.select({ id: organization.id }).from(organization).where(eq(organization.slug, slug)).limit(1),
    ]);
    if (companyTaken.length === 0 && orgTaken.length === 0) return slug;
  }
  throw new Error("No free company slug found after 8 attempts");
}

/** How many companies one person may have open before any was published (drafts and submissions). */
export const maxOpenDraftsPerUser = 3;

/** A company holds its tax ID once published, until it is deleted; drafts and submissions never do. */
const holdsTaxId = sql`${companies.published} is not null and ${companies.deletedAt} is null`;

export type TaxIdClaim = { id: string; slug: string; legalName: string; status: string; published: boolean };

/**
 * The other companies claiming the same tax ID of the same country: published ones (holding it) and those under
 * review. Shown to moderators as a conflict; never a reason to refuse a draft or a submission.
 */
export async function listTaxIdClaims(
  db: Db,
  params: { companyId: string; country: string; taxId: string },
): Promise<TaxIdClaim[]> {
  const rows = await db
    .select({
      id: companies.id,
      slug: companies.slug,
      legalName: companies.legalName,
      status: companies.status,
      published: sql<boolean>`${companies.published} is not null`,
    })
    .from(companies)
    .where(
      and(
        eq(companies.country, params.country),
        eq(companies.taxId, params.taxId),
        ne(companies.id, params.companyId),
        isNull(companies.deletedAt),
        or(isNotNull(companies.published), eq(companies.status, "submitted")),
      ),
    )
    .orderBy(companies.createdAt);
  return rows;
}

/**
 * The published company holding this tax ID, other than `companyId`, after taking a transaction-scoped lock on
 * the tax ID: two approvals of the same ID at once are decided one after the other (the unique index is the
 * last line). Call inside a transaction.
 */
export async function lockTaxIdHolder(
  db: Db,
  params: { companyId: string; country: string; taxId: string },
): Promise<{ id: string; legalName: string } | null> {
  await db.execute(sql`select pg_advisory_xact_lock(hashtext(${`tax-id:${params.country}:${params.taxId}`}))`);
  const [row] = await db
    .select({ id: companies.id, legalName: companies.legalName })
    .from(companies)
    .where(and(eq(companies.country, params.country), eq(companies.taxId, params.taxId), ne(companies.id, params.companyId), holdsTaxId))
    .limit(1);
  return row ?? null;
}

/** Companies the person owns that were never published and are still open (draft, under review, changes requested). */
async function countOpenDrafts(db: Db, userId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<number>`count(*)::int` })
    .from(companies)
    .innerJoin(member, eq(member.organizationId, companies.organizationId))
    .where(
      and(
        eq(member.userId, userId),
        eq(member.role, "owner"),
        isNull(companies.published),
        isNull(companies.deletedAt),
        inArray(companies.status, ["draft", "submitted", "changes-requested"]),
      ),
    );
  return row?.count ?? 0;
}

export type CreateCompanyDraftResult = { ok: true; company: CompanyRow } | { ok: false; reason: "tooManyDrafts" };

/**
 * Starts a company: the better-auth organization, the owner's membership and the companies row, in one
 * transaction. The tax ID is stored normalised; a format-valid one makes the company "format-checked". Another
 * company's claim of the same tax ID does not stop a draft (see `listTaxIdClaims`); a person may have at most
 * `maxOpenDraftsPerUser` unpublished companies open, counted under a lock on their user row.
 */
export async function createCompanyDraft(
  db: Db,
  params: {
    userId: string;
    legalName: string;
    country: string;
    taxId: string;
    profile?: CompanyProfile;
    at: Date;
    random?: () => number;
  },
): Promise<CreateCompanyDraftResult> {
  const taxId = normalizeTaxId(params.country, params.taxId);
  const slug = await freeSlug(db, params.legalName, params.random ?? Math.random);
  return db.transaction(async (tx) => {
    await tx.select({ id: user.id }).from(user).where(eq(user.id, params.userId)).for("update");
    if ((await countOpenDrafts(tx, params.userId)) >= maxOpenDraftsPerUser) return { ok: false, reason: "tooManyDrafts" } as const;
    const row = await insertCompany(tx, { ...params, taxId, slug });
    await tx.insert(member).values({
      id: crypto.randomUUID(),
      organizationId: row.organizationId,
      userId: params.userId,
      role: "owner",
      createdAt: params.at,
    });
    return { ok: true, company: row } as const;
  });
}

/**
 * The better-auth organization and the companies row of a new company, inside the caller's transaction; the
 * caller adds members. The tax ID comes normalised; a format-valid one makes the company "format-checked".
 */
export async function insertCompany(
  tx: Db,
  params: {
    legalName: string;
    country: string;
    taxId: string;
    slug: string;
    profile?: CompanyProfile;
    at: Date;
    /**
     * For a company read from a file: who imported it, and whether it goes to review at once (staff imports) or
     * waits as a draft for the company's consent to its advisers.
     */
    imported?: { by: string; submitted: boolean };
  },
): Promise<CompanyRow> {
  const verificationLevel: VerificationLevel = isValidTaxId(params.country, params.taxId) ? "format-checked" : "unverified";
  const organizationId = crypto.randomUUID();
  await tx.insert(organization).values({ id: organizationId, name: params.legalName, slug: params.slug, createdAt: params.at });
  const [row] = await tx
    .insert(companies)
    .values({
      organizationId,
      slug: params.slug,
      country: params.country,
      taxId: params.taxId,
      legalName: params.legalName,
      profile: { ...params.profile, legalName: params.legalName },
      verificationLevel,
      verifiedAt: verificationLevel === "format-checked" ? params.at : null,
      ...(params.imported === undefined
        ? {}
        : {
            status: params.imported.submitted ? ("submitted" as const) : ("draft" as const),
            submittedAt: params.imported.submitted ? params.at : null,
            importedAt: params.at,
            importedBy: params.imported.by,
          }),
      createdAt: params.at,
      updatedAt: params.at,
    })
    .returning();
  if (row === undefined) throw new Error("companies insert returned no row");
  return row;
}

// ─── owner edits ─────────────────────────────────────────────────────────────────────────────────────────

/**
 * Autosave: merges `patch` (whole top-level fields) into the working copy, removes the `clear` fields and bumps the version. The working copy
 * goes back to "draft" — a published company keeps its `published` snapshot public until the next approval.
 * Before the first publication a changed legal name is applied to the identity columns at once.
 */
export async function saveCompanyDraft(
  db: Db,
  params: { companyId: string; patch: CompanyProfile; clear?: string[]; at: Date },
): Promise<CompanyRow | null> {
  const legalName = typeof params.patch.legalName === "string" ? params.patch.legalName : undefined;
  const [row] = await db
    .update(companies)
    .set({
      profile: sql`(${companies.profile} || ${JSON.stringify(params.patch)}::jsonb) - array(select jsonb_array_elements_text(${JSON.stringify(params.clear ?? [])}::jsonb))`,
      status: "draft",
      version: sql`${companies.version} + 1`,
      updatedAt: params.at,
      ...(legalName === undefined
        ? {}
        : { legalName: sql`case when ${companies.published} is null then ${legalName} else ${companies.legalName} end` }),
    })
    .where(eq(companies.id, params.companyId))
    .returning();
  if (row !== undefined && legalName !== undefined && row.published === null) {
    await db.update(organization).set({ name: legalName }).where(eq(organization.id, row.organizationId));
  }
  return row ?? null;
}

/**
 * Hands the working copy to the moderators, replacing it with its checked, normalised form when `profile` is
 * given. Returns null when the company is already under review.
 */
export async function submitCompany(
  db: Db,
  params: { companyId: string; at: Date; profile?: CompanyProfile },
): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({
      ...(params.profile === undefined ? {} : { profile: params.profile }),
      status: "submitted",
      submittedAt: params.at,
      version: sql`${companies.version} + 1`,
      updatedAt: params.at,
    })
    .where(and(eq(companies.id, params.companyId), sql`${companies.status} <> 'submitted'`))
    .returning();
  return row ?? null;
}

// ─── reading ─────────────────────────────────────────────────────────────────────────────────────────────

export async function getCompanyById(db: Db, companyId: string): Promise<CompanyRow | null> {
  const [row] = await db.select().from(companies).where(eq(companies.id, companyId)).limit(1);
  return row ?? null;
}

export async function getCompanyBySlugAnyState(db: Db, slug: string): Promise<CompanyRow | null> {
  const [row] = await db.select().from(companies).where(eq(companies.slug, slug)).limit(1);
  return row ?? null;
}

export type PublicCompanyRow = Omit<CompanyRow, "profile" | "published"> & { published: CompanyProfile };

/** The public view: only a company with an approved snapshot that is not suspended; the snapshot only. */
export async function getCompanyBySlug(db: Db, slug: string): Promise<PublicCompanyRow | null> {
  const [row] = await db
    .select()
    .from(companies)
    .where(and(eq(companies.slug, slug), isNotNull(companies.published), isNull(companies.suspendedAt)))
    .limit(1);
  if (row === undefined || row.published === null) return null;
  const { profile: _workingCopy, published, ...rest } = row;
  return { ...rest, published };
}

export async function memberRole(db: Db, params: { companyId: string; userId: string }): Promise<CompanyMemberRole | null> {
  const [row] = await db
    .select({ role: member.role })
    .from(member)
    .innerJoin(companies, eq(companies.organizationId, member.organizationId))
    .where(and(eq(companies.id, params.companyId), eq(member.userId, params.userId)))
    .limit(1);
  return row === undefined ? null : (row.role as CompanyMemberRole);
}

export async function isMember(db: Db, params: { companyId: string; userId: string }): Promise<boolean> {
  return (await memberRole(db, params)) !== null;
}

/** The company with the caller's role, or null when the user is not a member. */
export async function getCompanyForMember(
  db: Db,
  params: { companyId: string; userId: string },
): Promise<{ company: CompanyRow; role: CompanyMemberRole } | null> {
  const [row] = await db
    .select({ company: companies, role: member.role })
    .from(companies)
    .innerJoin(member, eq(member.organizationId, companies.organizationId))
    .where(and(eq(companies.id, params.companyId), eq(member.userId, params.userId)))
    .limit(1);
  return row === undefined ? null : { company: row.company, role: row.role as CompanyMemberRole };
}

/** Every company the user belongs to, newest first, with their role. */
export async function listMyCompanies(
  db: Db,
  userId: string,
): Promise<{ company: CompanyRow; role: CompanyMemberRole }[]> {
  const rows = await db
    .select({ company: companies, role: member.role })
    .from(companies)
    .innerJoin(member, eq(member.organizationId, companies.organizationId))
    .where(eq(member.userId, userId))
    .orderBy(desc(companies.createdAt));
  return rows.map((row) => ({ company: row.company, role: row.role as CompanyMemberRole }));
}

// ─── moderation decisions (compare-and-set on version) ───────────────────────────────────────────────────

type Decision = { companyId: string; version: number; moderatorId: string; at: Date };

/** The columns search and facets read, taken from a profile snapshot. */
function denormalisedColumns(profile: CompanyProfile) {
  return {
    region: profile.region ?? null,
    sizeBand: profile.sizeBand ?? null,
    economicZone: profile.economicZone ?? null,
    sectors: profile.sectors ?? [],
    hsChapters: profile.hsChapters ?? [],
  };
}

const underReview = (params: Decision) =>
  and(eq(companies.id, params.companyId), eq(companies.version, params.version), eq(companies.status, "submitted"));

/**
 * Publishes the submitted working copy of exactly `version`: copies `profile` into `published` and the search
 * columns, sets publishedAt the first time and bumps the version. Returns null when the company changed or was
 * decided meanwhile (another moderator, or the owner edited) — the caller lost the race.
 */
export async function approveCompanyVersion(db: Db, params: Decision): Promise<CompanyRow | null> {
  const current = await getCompanyById(db, params.companyId);
  if (current === null || current.version !== params.version || current.status !== "submitted") return null;
  const snapshot = current.profile;
  const legalName = snapshot.legalName ?? current.legalName;
  const [row] = await db
    .update(companies)
    .set({
      // The profile is only ever changed together with a version bump, so the row read above is the one approved.
      published: snapshot,
      ...denormalisedColumns(snapshot),
      legalName,
      status: "published",
      publishedAt: sql`coalesce(${companies.publishedAt}, ${params.at.toISOString()}::timestamptz)`,
      reviewReasons: [],
      reviewNote: null,
      version: sql`${companies.version} + 1`,
      updatedAt: params.at,
    })
    .where(underReview(params))
    .returning();
  if (row !== undefined && legalName !== current.legalName) {
    await db.update(organization).set({ name: legalName }).where(eq(organization.id, row.organizationId));
  }
  if (row !== undefined) {
    // The logo is part of the approved version: the one uploaded for it becomes public now.
    await db
      .update(companyLogos)
      .set({ publishedMimeType: companyLogos.mimeType, publishedData: companyLogos.data })
      .where(eq(companyLogos.companyId, row.id));
  }
  return row ?? null;
}

type DecisionWithReasons = Decision & { reasons: string[]; note?: string | null };

async function decideWithReasons(
  db: Db,
  params: DecisionWithReasons,
  status: "changes-requested" | "rejected",
): Promise<CompanyRow | null> {
  const [row] = await db
    .update(companies)
    .set({
      status,
      reviewReasons: params.reasons,
      reviewNote: params.note ?? null,
      version: sql`${companies.version} + 1`,
      updatedAt: params.at,
    })
    .where(underReview(params))
    .returning();
  return row ?? null;
}

/** Sends the submitted version back to the owner with reasons; null on a lost race. */
export async function requestCompanyChanges(db: Db, params: DecisionWithReasons): Promise<CompanyRow | null> {
  return decideWithReasons(db, params, "changes-requested");
}

/** Rejects the submitted version (an earlier published snapshot stays public); null on a lost race. */
export async function rejectCompany(db: Db, params: DecisionWithReasons): Promise<CompanyRow | null> {
  return decideWithReasons(db, params, "rejected");
}

/** Companies waiting for review, oldest submission first (for the moderation queue). */
export async function listSubmittedCompanies(db: Db, params: { limit?: number } = {}): Promise<CompanyRow[]> {
  return db
    .select()
    .from(companies)
    .where(eq(companies.status, "submitted"))
    .orderBy(companies.submittedAt)
    .limit(params.limit ?? 50);
}

// ─── deletion ─────────────────────────────────────────────────────────────────────────────────────────────

/**
 * Marks a company deleted instead of removing its row: it leaves the public (no published snapshot, so no
 * page, search document or tax ID held) while the other party of its conversations and contact requests keeps
 * them. Returns false when it was already deleted.
 */
export async function markCompanyDeleted(db: Db, params: { companyId: string; at: Date }): Promise<boolean> {
  const rows = await db
    .update(companies)
    .set({ deletedAt: params.at, published: null, status: "draft", version: sql`${companies.version} + 1`, updatedAt: params.at })
    .where(and(eq(companies.id, params.companyId), isNull(companies.deletedAt)))
    .returning({ id: companies.id });
  if (rows.length === 0) return false;
  await db
    .update(companyLogos)
    .set({ publishedMimeType: null, publishedData: null })
    .where(eq(companyLogos.companyId, params.companyId));
  return true;
}

// ─── personal data ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Removes a person's e-mail and phone from the contact person of every company profile (working copy and
 * published snapshot) where they appear — for account deletion. Returns how many companies changed.
 */
export async function eraseCompanyContact(db: Db, params: { email: string; phone?: string | null }): Promise<number> {
  const email = params.email.toLowerCase();
  const matches = [
    sql`lower(${companies.profile} ->> 'contactEmail') = ${email}`,
    sql`lower(${companies.published} ->> 'contactEmail') = ${email}`,
  ];
  if (params.phone) {
    matches.push(sql`${companies.profile} ->> 'contactPhone' = ${params.phone}`);
    matches.push(sql`${companies.published} ->> 'contactPhone' = ${params.phone}`);
  }
  const rows = await db
    .update(companies)
    .set({
      profile: sql`${companies.profile} - 'contactEmail' - 'contactPhone'`,
      published: sql`${companies.published} - 'contactEmail' - 'contactPhone'`,
    })
    .where(or(...matches))
    .returning({ id: companies.id });
  return rows.length;
}

/** The ids of companies by organization (for joins from auth-side data such as account export). */
export async function listCompaniesByOrganization(db: Db, organizationIds: string[]): Promise<CompanyRow[]> {
  if (organizationIds.length === 0) return [];
  return db.select().from(companies).where(inArray(companies.organizationId, organizationIds));
}
