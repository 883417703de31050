import { searchInputSchema } from "@karvon/data";
import { describe, expect, it } from "vitest";
import { createQueryPool } from "./pool";

describe("the 16-client load's query pool", () => {
  it("asks only what the search accepts: a refused query would count as an error of the load", () => {
    const refused = createQueryPool(5000, 20260601)
      .filter((query) => !searchInputSchema.safeParse(query.input).success)
      .map((query) => JSON.stringify(query.input));
    expect(refused).toEqual([]);
  });
});
