/**
 * What a response makes of an answer shared between requests (`share` in @karvon/db: the search result cache's
 * entries), made once per answer rather than once per request: its validated output and its superjson form. A
 * shared answer is deep-frozen, so both hold for as long as it lives; after a write that changes it, the cache
 * holds a new answer (a new object), whose forms are made afresh. Anything not shared is validated and serialized
 * on every call, as before.
 */
import { isDeepStrictEqual } from "node:util";
import { isShared, share } from "@karvon/db";
import superjson from "superjson";
import type { z } from "zod";

/** `make(value)` kept per shared value (and shared itself) while that value lives; made afresh for any other. */
function madeOncePerShared<R>(make: (value: unknown) => R): (value: unknown) => R {
  const kept = new WeakMap<object, R>();
  return (value) => {
    if (!isShared(value)) return make(value);
    let made = kept.get(value);
    if (made === undefined) {
      made = share(make(value));
      kept.set(value, made);
    }
    return made;
  };
}

/**
 * A tRPC output parser: `schema.parse`, kept per shared answer. When validating strips nothing (the usual case)
 * the answer itself is the output, so no copy is kept beside it; otherwise the validated copy, shared too. Either
 * way the output is shared, so its serialized form is kept as well (`sharedAwareTransformer`).
 */
export function sharedOutput<S extends z.ZodType>(schema: S): (value: unknown) => z.output<S> {
  return madeOncePerShared((value) => {
    const output: z.output<S> = schema.parse(value);
    return isDeepStrictEqual(output, value) ? (value as z.output<S>) : output;
  });
}

/** superjson, with the serialized form of a shared output kept with it (tRPC only reads what `serialize` returns). */
export const sharedAwareTransformer = {
  input: superjson,
  output: {
    serialize: madeOncePerShared((value) => superjson.serialize(value)),
    deserialize: superjson.deserialize.bind(superjson),
  },
};
