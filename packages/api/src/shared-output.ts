/**
 * What a response makes of an answer shared between requests (`share` in @karvon/db: the search result cache's
 * entries), made once per answer rather than once per request: its validated output and its superjson form. A
 * shared answer is deep-frozen, so both hold for as long as it lives; after a write that changes it, the cache
 * holds a new answer (a new object), whose forms are made afresh. Anything not shared is validated and serialized
 * on every call, as before.
 */
import { isShared, share } from "@karvon/db";
import superjson from "superjson";
import type { z } from "zod";

/**
 * A tRPC output parser: `schema.parse`, kept per shared answer. The validated copy is shared too (deep-frozen),
 * so its serialized form is kept as well (`sharedAwareTransformer`).
 */
export function sharedOutput<S extends z.ZodType>(schema: S): (value: unknown) => z.output<S> {
  const validated = new WeakMap<object, z.output<S>>();
  return (value) => {
    if (!isShared(value)) return schema.parse(value);
    let output = validated.get(value);
    if (output === undefined) {
      output = share(schema.parse(value));
      validated.set(value, output);
    }
    return output;
  };
}

const serialized = new WeakMap<object, ReturnType<typeof superjson.serialize>>();

/** superjson, with the serialized form of a shared output kept with it (tRPC only reads what `serialize` returns). */
export const sharedAwareTransformer = {
  input: superjson,
  output: {
    serialize: (value: unknown) => {
      if (!isShared(value)) return superjson.serialize(value);
      let form = serialized.get(value);
      if (form === undefined) {
        form = share(superjson.serialize(value));
        serialized.set(value, form);
      }
      return form;
    },
    deserialize: superjson.deserialize.bind(superjson),
  },
};
