import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { hostileBodies, hostileQueries, hostileTrpcQueries } from "../support/hostile-requests";
import { failingOperations, FUZZ_SEED, RUNS_PER_OPERATION, startHostileTarget, unhandledRejections, type HostileTarget } from "../support/hostile-server";
import type { Operation } from "../support/openapi-operations";

// Every Roster procedure in the OpenAPI document, over dot-style HTTP and over tRPC, refuses
// generated hostile input with a JSON 400 (413, 415) that names the field, at once, changing nothing.

/** The hostile requests of a procedure: half over dot-style HTTP, half over tRPC. */
function procedureRequests(op: Operation, key: string) {
  const headers = { authorization: `Bearer ${key}` };
  const trpcPath = `/trpc/${op.procedure}`;
  if (op.method === "GET") {
    return { requests: fc.oneof(hostileQueries(op.parameters, { path: op.path, headers }), hostileTrpcQueries(op.parameters, { path: trpcPath, headers })) };
  }
  const schema = op.body ?? { type: "object", properties: {} };
  return {
    requests: fc.oneof(hostileBodies(schema, { method: op.method, path: op.path, headers }), hostileBodies(schema, { method: "POST", path: trpcPath, headers })),
  };
}

describe(`hostile input to every Roster procedure (seed ${FUZZ_SEED}, ${RUNS_PER_OPERATION} requests each)`, () => {
  let target: HostileTarget;
  let procedures: Operation[];
  beforeAll(async () => {
    target = await startHostileTarget();
    procedures = target.operations.filter((op) => op.surface === "roster");
  });
  afterAll(() => target?.stop());

  it("lists every procedure in the OpenAPI document", () => {
    const names = procedures.map((op) => op.procedure);
    expect(names.length).toBeGreaterThanOrEqual(40);
    expect(names).toEqual(expect.arrayContaining(["auth.setup", "user.create", "user.assignPermissions", "group.addUsers", "workspace.create", "audit.list", "user.unlock"]));
  });

  it("answers every hostile request with a JSON 4xx naming the field, within the time bound, changing nothing", { timeout: 240_000 }, async () => {
    const failures = await failingOperations(target, procedures, (op) => procedureRequests(op, target.key));
    expect(failures).toEqual([]);
  });

  it("leaves no promise unhandled on the server", () => {
    expect(unhandledRejections(target.server)).toEqual([]);
  });
});
