/**
 * The benchmark with its public reads on a streaming replica (`--replica`): a replica of the benchmark's
 * PostgreSQL made with `pg_basebackup -R` after the dataset is loaded, given to the web server as
 * DATABASE_REPLICA_URLS. The writes land on the primary and reach the replica by replication, as in production.
 */
import { createDb, type DbHandle } from "@karvon/db";
import { sql } from "drizzle-orm";
import { startReplica, type Cluster } from "../support/postgres-cluster";
import { queryRows } from "./query-rows";
import { benchPostgresSettings } from "./servers";

/** Transactions each server committed in the benchmark's database while the 16 clients ran. */
export type ReplicaFigures = { transactions: { replica: number; primary: number } };

export type BenchReplica = {
  url: string;
  /** Waits until the replica has replayed everything the primary has written so far. */
  caughtUp: () => Promise<void>;
  /** Committed transactions in the benchmark's database, on the primary and on the replica. */
  transactions: () => Promise<{ replica: number; primary: number }>;
  stop: () => Promise<void>;
};

const database = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function committed(handle: DbHandle, name: string): Promise<number> {
  const [row] = await queryRows<{ count: string }>(handle.db, sql`select xact_commit::text as count from pg_stat_database where datname = ${name}`);
  return Number(row?.count ?? 0);
}

/** Starts a replica of the database at `primaryUrl` (its user must be allowed to replicate). */
export async function startBenchReplica(primaryUrl: string): Promise<BenchReplica> {
  // As docs/operations.md sets a replica up: its queries hold back the removal of the rows they still read.
  const cluster: Cluster = await startReplica(primaryUrl, [...benchPostgresSettings, "hot_standby_feedback=on"]);
  const name = database(primaryUrl);
  const url = cluster.url(name);
  let primary: DbHandle | undefined;
  let replica: DbHandle;
  try {
    primary = await createDb({ databaseUrl: primaryUrl, migrate: false, maxConnections: 1 });
    replica = await createDb({ databaseUrl: url, migrate: false, maxConnections: 1 });
  } catch (error) {
    // The replica's server must not outlive a benchmark that could not connect to it.
    await primary?.close();
    cluster.stop();
    throw error;
  }
  const primaryHandle = primary;
  return {
    url,
    caughtUp: async () => {
      const [target] = await queryRows<{ lsn: string }>(primaryHandle.db, sql`select pg_current_wal_lsn()::text as lsn`);
      const deadline = Date.now() + 60_000;
      for (;;) {
        const [row] = await queryRows<{ behind: boolean }>(replica.db, sql`select pg_last_wal_replay_lsn() < ${target?.lsn}::pg_lsn as behind`);
        if (row?.behind === false) return;
        if (Date.now() > deadline) throw new Error(`the replica has not replayed the primary's WAL up to ${target?.lsn} in 60 s`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    },
    transactions: async () => ({ replica: await committed(replica, name), primary: await committed(primaryHandle, name) }),
    stop: async () => {
      await Promise.all([primaryHandle.close(), replica.close()]);
      cluster.stop();
    },
  };
}
