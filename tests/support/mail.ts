/** Mail the API queued, read from the outbox table. */
import { listMail, type Db } from "@karvon/db";

/** Every queued mail of one template to one address, newest first. */
export async function mailsTo(db: Db, email: string, template: string) {
  const rows = await listMail(db, { to: email, limit: 1000 });
  return rows.filter((row) => row.template === template);
}
