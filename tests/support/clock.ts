/** Time in tests: one fixed instant every caller defaults to, and a clock the test moves by hand. */
import type { Clock } from "@karvon/api";

/** The instant tests run at unless they say otherwise (a Friday morning in Tashkent's working week). */
export const testNow = new Date("2026-11-20T10:00:00Z");

export type FakeClock = Clock & {
  set: (at: Date) => void;
  advance: (ms: number) => void;
  advanceMinutes: (minutes: number) => void;
};

export function fakeClock(start: Date = testNow): FakeClock {
  let current = start.getTime();
  return {
    now: () => new Date(current),
    set: (at) => {
      current = at.getTime();
    },
    advance: (ms) => {
      current += ms;
    },
    advanceMinutes: (minutes) => {
      current += minutes * 60_000;
    },
  };
}
