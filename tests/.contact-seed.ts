import { appRouter, createAuth, createCallerFactory, createTRPCContext, type Session } from "@karvon/api";
import { createDb, schema } from "@karvon/db";
import { eq } from "drizzle-orm";

const handle = await createDb({ dataDir: "/tmp/karvon-contact-data" });
const db = handle.db;
const auth = createAuth({ db, secret: "dev-secret-dev-secret-dev-secret-42", baseUrl: "http://localhost:3204", rateLimitEnabled: false });
const password = "caspian-silk-road-2026";
const people: { id: string; email: string; org: string; company: string }[] = [];
let tax = 700000000;
for (const [name, email, company, country] of [
  ["Dilshod Karimov", "a@example.uz", "Fergana Textile", "UZ"],
  ["Aysel Məmmədova", "b@example.az", "Caspian Trade", "AZ"],
]) {
  const res = await auth.api.signUpEmail({ body: { name, email, password, locale: "en" } as never });
  const userId = res.user.id;
  await db.update(schema.user).set({ emailVerified: true }).where(eq(schema.user.id, userId));
  const org = crypto.randomUUID();
  await db.insert(schema.organization).values({ id: org, name: company, slug: company.toLowerCase().replace(/ /g, "-") });
  await db.insert(schema.member).values({ id: crypto.randomUUID(), organizationId: org, userId, role: "owner" });
  const [row] = await db.insert(schema.companies).values({
    organizationId: org, slug: company.toLowerCase().replace(/ /g, "-"), country, taxId: String(tax++), legalName: company,
    status: "published", published: { legalName: company, contact: { name, email: `contact@${country.toLowerCase()}.example`, phone: "+994501234567" } },
    publishedAt: new Date(),
  }).returning();
  people.push({ id: userId, email, org, company: row?.id ?? "" });
}
const session = (i: number): Session => ({
  user: { id: people[i]!.id, email: people[i]!.email, name: "x", role: "user", emailVerified: true, banned: false, locale: "en" },
  session: { id: "s", activeOrganizationId: people[i]!.org },
});
const caller = (i: number) => createCallerFactory(appRouter)(createTRPCContext({ db, session: session(i) }));
const r1 = await caller(0).contact.send({ targetCompanyId: people[1]!.company, purpose: "buy", message: "We make cotton yarn in Fergana and look for a distributor in Baku. See https://example.com/yarn or javascript:alert(1).", idempotencyKey: crypto.randomUUID() });
const { conversationId } = await caller(1).contact.accept({ requestId: r1.id });
await caller(1).contact.conversations.send({ conversationId, body: "Welcome! Our catalogue: https://example.com/catalogue — <b>no HTML</b>\nSecond line." });
await caller(0).contact.conversations.send({ conversationId, body: "Thank you, let us schedule a call next week." });
await caller(1).contact.conversations.send({ conversationId, body: "Tuesday 10:00 Baku time?" });
console.log("conversation", conversationId);
await handle.close();
