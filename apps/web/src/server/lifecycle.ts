/**
 * The process's shutdown, shared by the HTTP server (scripts/serve.ts) and Next's bundles through globalThis
 * (each loads its own copy of this module):
 * - while draining, /api/ready answers 503 so a load balancer still probing sends nothing new;
 * - work that outlives a request (mail being handed to SMTP, a scheduled job's run) is tracked, and the server
 *   waits for it before closing the database;
 * - closers (the database) run last, once nothing uses them.
 */
type Lifecycle = { draining: boolean; managed: boolean; work: Set<Promise<unknown>>; closers: (() => Promise<void>)[] };

const globalForLifecycle = globalThis as unknown as { karvonLifecycle?: Lifecycle };

function lifecycle(): Lifecycle {
  globalForLifecycle.karvonLifecycle ??= { draining: false, managed: false, work: new Set(), closers: [] };
  return globalForLifecycle.karvonLifecycle;
}

/** Called by scripts/serve.ts: it owns SIGTERM/SIGINT, and other modules leave the signals to it. */
export function manageShutdown(): void {
  lifecycle().managed = true;
}

export function isShutdownManaged(): boolean {
  return lifecycle().managed;
}

export function startDraining(): void {
  lifecycle().draining = true;
}

export function isDraining(): boolean {
  return lifecycle().draining;
}

/** Work the shutdown waits for; returns the same promise. */
export function trackWork<T>(work: Promise<T>): Promise<T> {
  const { work: pending } = lifecycle();
  pending.add(work);
  void work.then(
    () => pending.delete(work),
    () => pending.delete(work),
  );
  return work;
}

/** Resolves once every tracked piece of work has settled, including work started meanwhile. */
export async function settleWork(): Promise<void> {
  const { work } = lifecycle();
  while (work.size > 0) await Promise.allSettled([...work]);
}

/** Registers something to close at the very end of the shutdown (after requests and tracked work). */
export function onShutdown(close: () => Promise<void>): void {
  lifecycle().closers.push(close);
}

export async function runClosers(): Promise<void> {
  for (const close of lifecycle().closers.splice(0)) await close().catch(() => {});
}
