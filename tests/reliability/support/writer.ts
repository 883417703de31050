/**
 * A writer under load for the kill -9 test: creates listings, each with its audit row in the same transaction,
 * and prints the id of every committed listing on its own line ("committed <id>"). Runs until killed.
 * Usage: tsx writer.ts <postgres url | PGlite data folder>
 */
import { randomUUID } from "node:crypto";
import { createDb, recordAudit, schema } from "@karvon/db";

const target = process.argv[2];
if (!target) throw new Error("usage: writer.ts <postgres url | data folder>");

const handle = await createDb(target.startsWith("postgres") ? { databaseUrl: target, maxConnections: 2 } : { dataDir: target });
const { db } = handle;

async function companyId(): Promise<string> {
  const [existing] = await db.select({ id: schema.companies.id }).from(schema.companies).limit(1);
  if (existing) return existing.id;
  const organizationId = `org-writer-${randomUUID()}`;
  return db.transaction(async (tx) => {
    await tx.insert(schema.organization).values({ id: organizationId, name: "Writer", slug: organizationId });
    const [company] = await tx
      .insert(schema.companies)
      .values({ organizationId, slug: organizationId, country: "UZ", taxId: "301234567", legalName: "Writer LLC" })
      .returning({ id: schema.companies.id });
    if (!company) throw new Error("no company");
    return company.id;
  });
}

const owner = await companyId();
process.stdout.write("ready\n");
for (let n = 0; ; n++) {
  const id = await db.transaction(async (tx) => {
    const [listing] = await tx
      .insert(schema.listings)
      .values({ companyId: owner, kind: "offer", content: { title: { en: `Load ${n}` }, description: { en: "x".repeat(n % 2000) } } })
      .returning({ id: schema.listings.id });
    if (!listing) throw new Error("no listing");
    await recordAudit(tx, { action: "listing.create", targetType: "listing", targetId: listing.id, after: { n } });
    return listing.id;
  });
  process.stdout.write(`committed ${id}\n`);
}
