import type { Db } from "@karvon/db";

/** What the moderation services need of a staff procedure's context (a subset, so tests can build it). */
export type StaffContext = {
  db: Db;
  session: { user: { id: string; name: string; role: string } };
  /** Who sent the request (see `clientAddress`), for the audit log. */
  clientAddress: string | null;
  clock: { now: () => Date };
  config: { publicUrl: string };
};
