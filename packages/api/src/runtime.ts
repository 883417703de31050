/**
 * What a host process (the web server, scripts, tests) needs to run the api: opening the database.
 * Re-exported here so that apps/web never imports @karvon/db itself.
 */
export { createDb, DataFolderLockedError, DatabaseUnreachableError, MigrationError } from "@karvon/db";
export { backupDatabase, restoreDatabase, BackupError } from "@karvon/db";
export type { Db, DbHandle, DbOptions } from "@karvon/db";
// For the readiness check and the metrics endpoint.
export { checkDatabaseHealth, generationCacheLookups, mailQueueStats, replicaLagSeconds } from "@karvon/db";
// For the scheduled jobs: each run is claimed once across all web processes.
export { claimScheduledJob, finishScheduledJob } from "@karvon/db";
export type { CacheLookups, DatabaseHealth } from "@karvon/db";
