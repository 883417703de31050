import { share } from "@karvon/db";
import superjson from "superjson";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sharedAwareTransformer, sharedOutput } from "./shared-output";

const schema = z.object({ total: z.number(), at: z.date() });

describe("the output forms of a shared answer", () => {
  it("hands out the answer itself when validating strips nothing, and validates it once", () => {
    const answer = share({ total: 2, at: new Date("2026-02-01T10:00:00Z") });
    const parse = sharedOutput(schema);
    expect(parse(answer)).toBe(answer);
    expect(parse(answer)).toBe(answer);
  });

  it("keeps the validated copy, without what the schema strips, when validating strips something", () => {
    const answer = share({ total: 2, at: new Date("2026-02-01T10:00:00Z"), email: "never@karvon.test" });
    const parse = sharedOutput(schema);
    const output = parse(answer);
    expect(output).toEqual({ total: 2, at: new Date("2026-02-01T10:00:00Z") });
    expect(output).not.toHaveProperty("email");
    expect(parse(answer)).toBe(output);
    expect(Object.isFrozen(output)).toBe(true);
  });

  it("validates an answer that is not shared on every call, and refuses a wrong one", () => {
    const parse = sharedOutput(schema);
    const answer = { total: 1, at: new Date(0), email: "x@karvon.test" };
    expect(parse(answer)).not.toBe(parse(answer));
    expect(() => parse(share({ total: "1", at: new Date(0) }))).toThrow();
  });

  it("serializes a shared output once, anything else every time, as superjson does", () => {
    const answer = share({ total: 3, at: new Date("2026-02-01T10:00:00Z") });
    const form = sharedAwareTransformer.output.serialize(answer);
    expect(form).toEqual(superjson.serialize(answer));
    expect(sharedAwareTransformer.output.serialize(answer)).toBe(form);
    const plain = { total: 3, at: new Date(0) };
    expect(sharedAwareTransformer.output.serialize(plain)).not.toBe(sharedAwareTransformer.output.serialize(plain));
  });
});
