/** A company brought by an approved chamber, as the advisers' tests start from it. */
import type { ListingInput } from "@karvon/data";
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
 * An approved chamber with one adviser (`adviser-<suffix>`), and the company it imported for the contact address
 * `owner-<suffix>@example.uz`: the company's row and the secret of the consent link mailed there.
 */
export async function importedByChamber(db: Db, suffix: string, taxId: string) {
  const adviser = callerFor({ db, session: await createUser(db, `adviser-${suffix}`) });
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
  return { adviser, moderator, chamber, company, token };
}

/** An offer an adviser writes in a client's name. */
export const clientOffer: ListingInput = {
  kind: "offer",
  title: { uz: "Paxta kalavasi, oyiga 20 t" },
  description: { uz: "Fargʻona vodiysidan paxta kalavasi Ne 30/1." },
  sectors: ["13"],
  cooperationKinds: ["supply"],
  direction: "export",
};
