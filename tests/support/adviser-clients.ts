/** An approved organisation of advisers and a company it imported, as the advisers' tests start from. */
import { schema, type Db } from "@karvon/db";
import { eq } from "drizzle-orm";
import { expect } from "vitest";
import { chamberApplication } from "./adviser-application";
import { callerFor } from "./caller";
import { companyCsv, fergana, uploadOf } from "./company-files";
import { errorOf } from "./errors";
import { createUser } from "./factories";
import { mailsTo } from "./mail";

/**
 * A chamber registered by `adviser-<suffix>` and approved by a moderator, the company its file brought (tax ID
 * `taxId`, contact `owner-<suffix>@example.uz`) and the secret of the consent link mailed to that address.
 */
export async function importedByChamber(db: Db, suffix: string, taxId: string) {
  const adviserSession = await createUser(db, `adviser-${suffix}`);
  const adviser = callerFor({ db, session: adviserSession });
  const moderator = callerFor({ db, session: await createUser(db, `adviser-moderator-${suffix}`, { role: "moderator" }) });
  const chamber = await adviser.advisers.register({ ...chamberApplication, name: `Fargʻona palatasi ${suffix}` });
  expect(chamber.status).toBe("pending");
  const file = uploadOf(companyCsv([{ ...fergana, taxId, contactEmail: `owner-${suffix}@example.uz` }]));
  // Until staff approve the organisation, its adviser imports nothing.
  expect((await errorOf(adviser.companyImport.run(file))).code).toBe("FORBIDDEN");
  await moderator.advisers.decide({ organizationId: chamber.id, decision: "approve" });
  expect(await adviser.companyImport.run(file)).toMatchObject({ created: 1 });
  const [company] = await db.select().from(schema.companies).where(eq(schema.companies.importedBy, `adviser-${suffix}`));
  if (company === undefined) throw new Error("no company imported");
  const [mail] = await mailsTo(db, `owner-${suffix}@example.uz`, "advisers.consent");
  const token = /\/advisers\/consent\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? "")?.[1] ?? "";
  return { adviser, adviserSession, moderator, chamber, company, token };
}
