import "server-only";
import pino, { type Logger } from "pino";
import { env } from "../env";
import { logRedactPaths, serializeError } from "./log-scrub";

let cached: Logger | undefined;

/** The server's JSON logger (stdout): secrets redacted by key, errors scrubbed of e-mails, phones and SQL params. */
export function logger(): Logger {
  cached ??= pino({
    level: env().LOG_LEVEL,
    base: { service: "karvon-web" },
    redact: { paths: logRedactPaths, censor: "[redacted]" },
    serializers: { err: serializeError, error: serializeError },
  });
  return cached;
}
