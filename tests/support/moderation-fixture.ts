/** Submitted companies and listings, staff sessions and a movable clock for the moderation tests. */
import { randomUUID } from "node:crypto";
import { appRouter, createCallerFactory, createTRPCContext, peerAddressHeader, type Session } from "@karvon/api";
import { schema, type Db } from "@karvon/db";
import { storedProfile } from "./stored-shapes";

const createCaller = createCallerFactory(appRouter);

/** A clock the test moves by hand (claims expire after 30 minutes). */
export function fakeClock(start = new Date("2026-11-20T10:00:00Z")) {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    advanceMinutes: (minutes: number) => {
      current += minutes * 60_000;
    },
  };
}

export function callerAt(db: Db, session: Session | null, clock: { now: () => Date }, ip = "203.0.113.7") {
  return createCaller(
    createTRPCContext({
      db,
      session,
      clock,
      // The production server writes the socket's peer here; no proxy is trusted, so it is the client address.
      headers: new Headers({ [peerAddressHeader]: ip }),
      config: { publicUrl: "https://karvon.test" },
    }),
  );
}

let taxCounter = 300000000;

/** A company waiting for its first review, owned by `ownerId`, with a complete working copy. */
export async function seedSubmittedCompany(
  db: Db,
  params: { ownerId: string; legalName: string; country?: "UZ" | "AZ"; submittedAt?: Date; sectors?: string[] },
): Promise<{ id: string; version: number }> {
  const organizationId = randomUUID();
  const slug = `${params.legalName.toLowerCase().replace(/[^a-z0-9]+/g, "-")}-${organizationId.slice(0, 6)}`;
  await db.insert(schema.organization).values({ id: organizationId, name: params.legalName, slug });
  await db.insert(schema.member).values({ id: randomUUID(), organizationId, userId: params.ownerId, role: "owner" });
  const profile = storedProfile({
    legalName: params.legalName,
    region: params.country === "AZ" ? "AZ-BA" : "UZ-TK",
    sectors: params.sectors ?? ["13"],
    description: { en: `${params.legalName} makes cotton yarn.` },
  });
  const [company] = await db
    .insert(schema.companies)
    .values({
      organizationId,
      slug,
      country: params.country ?? "UZ",
      taxId: String((taxCounter += 1)),
      legalName: params.legalName,
      status: "submitted",
      version: 2,
      profile,
      submittedAt: params.submittedAt ?? new Date("2026-11-19T09:00:00Z"),
      verificationLevel: "format-checked",
    })
    .returning({ id: schema.companies.id, version: schema.companies.version });
  if (company === undefined) throw new Error("company not inserted");
  return company;
}
