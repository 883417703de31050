import "server-only";
import type { Db } from "@karvon/api";

/** TODO(issue 4/5): seed demo companies, people and listings once per embedded database. */
export async function ensureDemoData(_db: Db, _dataDir: string): Promise<void> {}
