/**
 * What the write-load tests share: the owners' companies, one conversation per pair of clients opened through the
 * contact flow, and the check that every message the server acknowledged is in the database.
 */
import { randomUUID } from "node:crypto";
import { schema, type Db } from "@karvon/db";
import { inArray } from "drizzle-orm";
import { dataOf, trpc } from "./web-server";

export type Write = { id: string; body: string };

/** A tRPC mutation as one client (by its index) sends it, however the test reaches the server; returns its data. */
export type Mutate = <T>(client: number, procedure: string, input: unknown) => Promise<T>;

/** Mutations straight to the server, each client with its session cookie. */
export function mutateOverTrpc(base: string, cookies: readonly string[]): Mutate {
  return async (client, procedure, input) => dataOf(await trpc(base, "mutation", procedure, input, { cookie: cookies[client] ?? "" }));
}

/** The ids of the companies of these demo owners, by the company's slug (the owner's `slug`). */
export async function companyIdsBySlug(db: Db, owners: readonly { slug: string }[]): Promise<Map<string, string>> {
  const companies = await db
    .select({ id: schema.companies.id, slug: schema.companies.slug })
    .from(schema.companies)
    .where(inArray(schema.companies.slug, owners.map((owner) => owner.slug)));
  return new Map(companies.map((company) => [company.slug, company.id]));
}

/**
 * Pairs of clients open a conversation: 2k asks 2k+1, which accepts. Returns each client's conversation id, so
 * both clients of a pair write into the same conversation.
 */
export async function openPairConversations(params: {
  clients: number;
  owners: readonly { slug: string }[];
  companyOf: ReadonlyMap<string, string>;
  message: string;
  mutate: Mutate;
}): Promise<string[]> {
  const conversationOf: string[] = [];
  for (let pair = 0; pair < params.clients / 2; pair++) {
    const [a, b] = [2 * pair, 2 * pair + 1];
    const sent = await params.mutate<{ id: string }>(a, "contact.send", {
      targetCompanyId: params.companyOf.get(params.owners[b]?.slug ?? ""),
      purpose: "buy",
      message: params.message,
      idempotencyKey: randomUUID(),
    });
    const accepted = await params.mutate<{ conversationId: string }>(b, "contact.accept", { requestId: sent.id });
    conversationOf[a] = accepted.conversationId;
    conversationOf[b] = accepted.conversationId;
  }
  return conversationOf;
}

/** The acknowledged writes whose message is not in the database with the same id and body. */
/** Which of these message bodies the database holds: a request that was never answered must have left none. */
export async function storedBodies(db: Db, bodies: readonly string[]): Promise<string[]> {
  if (bodies.length === 0) return [];
  const rows = await db.select({ body: schema.messages.body }).from(schema.messages).where(inArray(schema.messages.body, [...bodies]));
  return rows.map((row) => row.body);
}

export async function lostWrites(db: Db, acknowledged: readonly Write[]): Promise<Write[]> {
  const stored = new Set<string>();
  const ids = acknowledged.map((write) => write.id);
  // In slices: one IN list of every id of a long run would exceed the parameter limit.
  for (let start = 0; start < ids.length; start += 500) {
    const rows = await db
      .select({ id: schema.messages.id, body: schema.messages.body })
      .from(schema.messages)
      .where(inArray(schema.messages.id, ids.slice(start, start + 500)));
    for (const row of rows) stored.add(`${row.id} ${row.body}`);
  }
  return acknowledged.filter((write) => !stored.has(`${write.id} ${write.body}`));
}
