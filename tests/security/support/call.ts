/**
 * Calling any procedure of the app router by its path, as any role, without leaving a trace: every call runs in
 * a transaction that is rolled back, so the seeded world stays the same for the next call (and a side effect of
 * one role's call cannot turn another role's verdict).
 */
import { appRouter, systemClock, type Session } from "@karvon/api";
import type { Db } from "@karvon/db";
import { TRPCError } from "@trpc/server";
import { callerFor } from "../../support/caller";

export type ProcedureInfo = { path: string; type: "query" | "mutation" | "subscription"; hasOutputSchema: boolean };

type ProcedureDef = { _def: { type: ProcedureInfo["type"]; output?: unknown } };

/** Every procedure path of the app router (e.g. "company.saveDraft"), with its type. */
export function listProcedures(): ProcedureInfo[] {
  const procedures = appRouter._def.procedures as unknown as Record<string, ProcedureDef>;
  return Object.entries(procedures)
    .map(([path, procedure]) => ({
      path,
      type: procedure._def.type,
      hasOutputSchema: procedure._def.output !== undefined,
    }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

export type CallOutcome = { ok: true; value: unknown } | { ok: false; code: string; error: unknown };

class Rollback extends Error {}

async function invoke(db: Db, session: Session | null, path: string, input: unknown): Promise<unknown> {
  // The world is seeded at the real time (seedWorld), so calls run at the real time too.
  const caller = callerFor({ db, session, clock: systemClock });
  let target: unknown = caller;
  for (const key of path.split(".")) target = (target as Record<string, unknown>)[key];
  if (typeof target !== "function") throw new Error(`no procedure at ${path}`);
  return (target as (input: unknown) => Promise<unknown>)(input);
}

function outcomeOf(error: unknown): CallOutcome {
  if (error instanceof TRPCError) return { ok: false, code: error.code, error };
  // The server caller rethrows what the procedure threw; anything that is not a TRPCError becomes a 500.
  return { ok: false, code: "INTERNAL_SERVER_ERROR", error };
}

/** Calls one procedure and rolls back whatever it wrote. */
export async function callAndRollBack(db: Db, session: Session | null, path: string, input: unknown): Promise<CallOutcome> {
  let outcome: CallOutcome | undefined;
  try {
    await db.transaction(async (tx) => {
      try {
        outcome = { ok: true, value: await invoke(tx, session, path, input) };
      } catch (error) {
        outcome = outcomeOf(error);
      }
      throw new Rollback();
    });
  } catch (error) {
    if (!(error instanceof Rollback)) throw error;
  }
  if (outcome === undefined) throw new Error(`no outcome for ${path}`);
  return outcome;
}

/** Calls one procedure for real (for tests that look at what a call left behind). */
export async function call(db: Db, session: Session | null, path: string, input: unknown): Promise<CallOutcome> {
  try {
    return { ok: true, value: await invoke(db, session, path, input) };
  } catch (error) {
    return outcomeOf(error);
  }
}

export function describeOutcome(outcome: CallOutcome): string {
  if (outcome.ok) return "ok";
  const cause = outcome.error instanceof Error ? (outcome.error.cause ?? outcome.error) : outcome.error;
  const detail = cause instanceof Error ? `${cause.name}: ${cause.message.slice(0, 300)}` : String(cause);
  return `${outcome.code} (${detail})`;
}
