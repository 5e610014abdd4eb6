import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { hostileBodies, hostilePaths, hostileQueries, validPath } from "../support/hostile-requests";
import { failingOperations, FUZZ_SEED, RUNS_PER_OPERATION, startHostileTarget, unhandledRejections, type HostileTarget } from "../support/hostile-server";
import type { Operation } from "../support/openapi-operations";
import { toJson, validValue } from "../support/schema-values";

// Dagu's and Conductor's paths refuse generated hostile input in their own error shapes: a JSON 400
// (413, 415) with a message naming the field, at once, changing nothing. Conductor's clients send
// the key as X-Authorization; Dagu's as a bearer.

function compatRequests(op: Operation, key: string) {
  const headers: Record<string, string> = op.surface === "conductor" ? { "x-authorization": key } : { authorization: `Bearer ${key}` };
  const path = validPath(op);
  const body = op.body ? toJson(validValue(op.body)) : undefined;
  const arbitraries: fc.Arbitrary<import("../support/hostile-requests").HostileRequest>[] = [];
  if (op.body) arbitraries.push(hostileBodies(op.body, { method: op.method, path, headers }));
  const paths = hostilePaths(op, { method: op.method, headers, body });
  if (paths) arbitraries.push(paths);
  if (arbitraries.length) return { requests: fc.oneof(...arbitraries) };
  // Nothing to get wrong but the query string, which these paths do not read: any answer but a 5xx.
  return { requests: hostileQueries([], { path, headers }).map((r) => ({ ...r, method: op.method, field: undefined })), expectation: { statuses: [200, 400] } };
}

describe(`hostile input to Dagu's and Conductor's paths (seed ${FUZZ_SEED}, ${RUNS_PER_OPERATION} requests each)`, () => {
  let target: HostileTarget;
  let operations: Operation[];
  beforeAll(async () => {
    target = await startHostileTarget();
    operations = target.operations.filter((op) => op.surface !== "roster");
  });
  afterAll(() => target?.stop());

  it("lists Dagu's and Conductor's operations in the OpenAPI document", () => {
    const names = operations.map((op) => `${op.method} ${op.path}`);
    expect(names).toEqual(expect.arrayContaining(["POST /v1/auth/login", "POST /v1/users", "PATCH /v1/users/{userId}", "PUT /users/{id}", "PUT /groups/{id}", "POST /groups/{groupId}/users/{userId}"]));
    expect(operations.length).toBeGreaterThanOrEqual(20);
  });

  it("answers every hostile request with a JSON 4xx naming the field, within the time bound, changing nothing", { timeout: 180_000 }, async () => {
    const failures = await failingOperations(target, operations, (op) => compatRequests(op, target.key));
    expect(failures).toEqual([]);
  });

  it("leaves no promise unhandled on the server", () => {
    expect(unhandledRejections(target.server)).toEqual([]);
  });
});
