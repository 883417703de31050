import { TRPCError } from "@trpc/server";
import { describe, expect, it } from "vitest";
import { isReplicaFailure } from "./replica-failure";

/** As postgres.js reports a server error, wrapped by drizzle and then by tRPC. */
function wrapped(serverError: object): TRPCError {
  const query = Object.assign(new Error("Failed query: select …"), { cause: serverError });
  return new TRPCError({ code: "INTERNAL_SERVER_ERROR", cause: query });
}

describe("failures of a read replica", () => {
  it("knows a query a hot standby cancelled or a session it ended for a conflict with recovery", () => {
    expect(isReplicaFailure(wrapped({ code: "40001", message: "canceling statement due to conflict with recovery" }))).toBe(true);
    expect(isReplicaFailure(wrapped({ code: "40001", message: "terminating connection due to conflict with recovery" }))).toBe(true);
  });

  it("knows a lost connection and a server shutting down", () => {
    expect(isReplicaFailure(wrapped({ code: "CONNECTION_CLOSED", message: "write CONNECTION_CLOSED 127.0.0.1:5433" }))).toBe(true);
    expect(isReplicaFailure(wrapped({ code: "ECONNRESET", message: "read ECONNRESET" }))).toBe(true);
    expect(isReplicaFailure(wrapped({ code: "57P01", message: "terminating connection due to administrator command" }))).toBe(true);
  });

  it("leaves the request's own failures alone", () => {
    // A serialization failure of the primary's own transactions is not the replica's.
    expect(isReplicaFailure(wrapped({ code: "40001", message: "could not serialize access due to concurrent update" }))).toBe(false);
    expect(isReplicaFailure(wrapped({ code: "22P02", message: "invalid input syntax for type uuid" }))).toBe(false);
    expect(isReplicaFailure(new TRPCError({ code: "NOT_FOUND", message: "errors.notFound" }))).toBe(false);
    expect(isReplicaFailure(undefined)).toBe(false);
  });
});
