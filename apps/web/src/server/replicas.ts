import "server-only";
import { createDb, replicaLagSeconds, type Db, type DbHandle } from "@karvon/api";
import { env } from "../env";
import { onShutdown } from "./lifecycle";
import { logger } from "./logger";

/**
 * The read replicas of DATABASE_REPLICA_URLS, opened lazily like the primary. Every 5 s each one's lag is
 * measured; reads go round-robin to those answering within REPLICA_MAX_LAG_SECONDS, and to the primary when none
 * does. /api/ready shows the last measurement. A replica that cannot be reached when the process starts is opened
 * by a later measurement: until then it serves no reads, and the process works on the primary.
 */
type Replica = { url: string; opening?: Promise<DbHandle>; handle?: DbHandle; lagSeconds: number | null; reachable: boolean };

const globalForReplicas = globalThis as unknown as { karvonReplicas?: Promise<Replica[]> };
let next = 0;

/** The replica's connection, opened once; a failed opening is tried again by the next call. */
function open(replica: Replica): Promise<DbHandle> {
  // A replica is read-only: never migrated from here; its schema arrives by replication.
  replica.opening ??= createDb({ databaseUrl: replica.url, migrate: false }).catch((error: unknown) => {
    replica.opening = undefined;
    throw error;
  });
  return replica.opening;
}

async function measure(replica: Replica): Promise<void> {
  try {
    replica.handle = await open(replica);
    replica.lagSeconds = await replicaLagSeconds(replica.handle.db);
    replica.reachable = true;
  } catch (error) {
    if (replica.reachable) logger().error({ err: error }, "A read replica does not answer");
    replica.reachable = false;
  }
}

function openReplicas(): Promise<Replica[]> {
  globalForReplicas.karvonReplicas ??= (async () => {
    const replicas: Replica[] = env().DATABASE_REPLICA_URLS.map((url) => ({ url, lagSeconds: null, reachable: true }));
    await Promise.all(replicas.map(measure));
    if (replicas.length > 0) {
      setInterval(() => void Promise.all(replicas.map(measure)), 5000).unref();
      onShutdown(async () => {
        await Promise.all(replicas.map((replica) => replica.handle?.close()));
      });
    }
    return replicas;
  })();
  return globalForReplicas.karvonReplicas;
}

/** What /api/ready reports of each replica. */
export async function replicaStates(): Promise<{ lagSeconds: number | null; reachable: boolean; serving: boolean }[]> {
  const bound = env().REPLICA_MAX_LAG_SECONDS;
  return (await openReplicas()).map((replica) => ({
    lagSeconds: replica.lagSeconds,
    reachable: replica.reachable,
    serving: isServing(replica, bound),
  }));
}

function isServing(replica: Replica, bound: number): boolean {
  return replica.handle !== undefined && replica.reachable && replica.lagSeconds !== null && replica.lagSeconds <= bound;
}

/** A replica for a public read, or undefined (none configured, or none within the lag bound). */
export async function pickReplica(): Promise<Db | undefined> {
  if (env().DATABASE_REPLICA_URLS.length === 0) return undefined;
  const bound = env().REPLICA_MAX_LAG_SECONDS;
  const serving = (await openReplicas()).filter((replica) => isServing(replica, bound));
  if (serving.length === 0) return undefined;
  next = (next + 1) % serving.length;
  return serving[next]?.handle?.db;
}
