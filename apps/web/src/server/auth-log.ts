import type { AuthLog } from "@karvon/api";
import type { Logger } from "pino";
import { scrubLogText, serializeError } from "./log-scrub";

function describe(value: unknown): unknown {
  if (value instanceof Error) return serializeError(value);
  try {
    return scrubLogText(typeof value === "string" ? value : (JSON.stringify(value) ?? String(value)));
  } catch {
    return scrubLogText(String(value));
  }
}

/**
 * better-auth's log lines into the portal's JSON logger: the message and every argument scrubbed of e-mails,
 * phones and SQL parameters (better-auth logs driver errors and addresses as they are).
 */
export function authLogTo(log: Logger): AuthLog {
  return (level, message, ...args) => {
    const details = args.map(describe);
    log[level]({ source: "better-auth", ...(details.length > 0 ? { details } : {}) }, scrubLogText(message));
  };
}
