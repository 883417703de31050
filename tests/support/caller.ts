/** A server-side caller of the app router, as a request from one person (or nobody) would reach it. */
import { appRouter, createCallerFactory, createTRPCContext, peerAddressHeader, type ApiConfig, type Clock, type Session } from "@karvon/api";
import type { Db } from "@karvon/db";
import { testNow } from "./clock";

const createCaller = createCallerFactory(appRouter);

/** A documentation address (RFC 5737): the client every caller is unless a test names another. */
export const testClientAddress = "203.0.113.7";

export type CallerOptions = {
  db: Db;
  /** A read replica for an anonymous visitor's public reads, as DATABASE_REPLICA_URLS gives the server. */
  replicaDb?: Db;
  session: Session | null;
  /** Defaults to a clock standing still at `testNow`. */
  clock?: Clock;
  config?: Partial<ApiConfig>;
  /** The client's address, written where the production server writes the socket's peer (no proxy is trusted). */
  ip?: string;
  /** More request headers (what a client may send besides). */
  headers?: Record<string, string>;
  /** Called when a procedure that queued mail has succeeded, as the web server's mail delivery is. */
  onMailQueued?: () => void;
};

export function callerFor(options: CallerOptions) {
  const { db, replicaDb, session, clock = { now: () => testNow }, config, ip = testClientAddress, headers, onMailQueued } = options;
  return createCaller(
    createTRPCContext({
      db,
      replicaDb,
      session,
      clock,
      headers: new Headers({ ...headers, [peerAddressHeader]: ip }),
      config: { publicUrl: "https://karvon.test", ...config },
      onMailQueued,
    }),
  );
}

export type Caller = ReturnType<typeof callerFor>;
