import { AsyncLocalStorage } from "node:async_hooks";

type Watch = { queued: boolean };

const currentWatch = new AsyncLocalStorage<Watch>();

/**
 * Runs `work` and reports whether it queued any mail. Every path that writes to the outbox goes through
 * `queueMail`, which marks the watch of the work it runs in — services need not pass a signal along.
 */
export async function watchQueuedMail<T>(work: () => Promise<T>): Promise<{ result: T; queuedMail: boolean }> {
  const watch: Watch = { queued: false };
  const result = await currentWatch.run(watch, work);
  return { result, queuedMail: watch.queued };
}

/** Called by `queueMail` after a mail was written; a no-op outside a watched piece of work. */
export function markMailQueued(): void {
  const watch = currentWatch.getStore();
  if (watch) watch.queued = true;
}
