/**
 * Failures of a read replica itself, as opposed to the request. A hot standby cancels a query whose snapshot
 * still sees rows that the primary's writes and vacuum remove once the replay cannot wait any longer
 * (`max_standby_streaming_delay`): "canceling statement due to conflict with recovery", SQLSTATE 40001, or it
 * ends the whole connection; and a replica can stop or restart while a request reads it. A public read never
 * writes, so such a read is answered again by the primary (trpc.ts, `publicReadProcedure`).
 */

/** SQLSTATEs of a statement or a session the server ended: admin shutdown, crash shutdown, cannot connect now. */
const serverEndedCodes = new Set(["57P01", "57P02", "57P03"]);

/** postgres.js and Node errors of a connection that was lost or could not be made. */
const connectionCodes = new Set(["CONNECTION_CLOSED", "CONNECTION_DESTROYED", "CONNECTION_ENDED", "CONNECT_TIMEOUT", "ECONNREFUSED", "ECONNRESET", "EPIPE"]);

const maxCauses = 8;

/** True when the error, or an error it was caused by, is a failure of the database server or its connection. */
export function isReplicaFailure(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < maxCauses && typeof current === "object" && current !== null; depth += 1) {
    const { code, message, cause } = current as { code?: unknown; message?: unknown; cause?: unknown };
    if (code === "40001" && typeof message === "string" && message.includes("conflict with recovery")) return true;
    if (typeof code === "string" && (serverEndedCodes.has(code) || connectionCodes.has(code))) return true;
    current = cause;
  }
  return false;
}
