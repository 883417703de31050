import "server-only";
import { createStaffAccount } from "@karvon/api";
import { env } from "../env";
import { getDb } from "./db";
import { logger } from "./logger";
import { answerStaffRequests } from "./staff-request-folder";

/** Often enough that `npm run admin:create` answers at once; a directory listing costs next to nothing. */
const everyMs = 1000;

let started = false;

/**
 * While this process holds the embedded database, staff accounts requested by `npm run admin:create` are
 * created here (see staff-request-folder.ts for why the hand-over goes through the data folder).
 */
export function startStaffRequestInbox(): void {
  if (started) return;
  started = true;
  const dataDir = env().KARVON_DATA_DIR;
  let busy = false;
  const answer = async () => {
    if (busy) return;
    busy = true;
    try {
      const db = await getDb();
      const answered = await answerStaffRequests(dataDir, (request) => createStaffAccount(db, request, new Date()), new Date());
      if (answered > 0) logger().info({ answered }, "Answered staff account requests");
    } catch (error) {
      logger().error({ err: error }, "Answering staff account requests failed");
    } finally {
      busy = false;
    }
  };
  setInterval(() => void answer(), everyMs).unref();
}
