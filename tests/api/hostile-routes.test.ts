import { afterAll, beforeAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { sendRequest, type RawResult } from "../support/http";
import { errorMessage, FUZZ_SEED, startHostileTarget, unhandledRejections, type HostileTarget } from "../support/hostile-server";
import { validPath } from "../support/hostile-requests";

// Paths and methods nobody serves, and the hostile inputs people have actually sent: each gets a JSON
// answer with a message and the right status, and changes nothing.

const METHODS = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

function expectJsonError(res: RawResult, status: number) {
  expect(res.status, res.text.slice(0, 300)).toBe(status);
  expect(res.headers.get("content-type")).toContain("application/json");
  expect(errorMessage(res.body)).toEqual(expect.any(String));
}

describe("hostile paths, methods and inputs", () => {
  let target: HostileTarget;
  let url: string;
  let auth: Record<string, string>;
  let memberId: string;
  beforeAll(async () => {
    target = await startHostileTarget();
    url = `${target.server.url}/api`;
    auth = { authorization: `Bearer ${target.key}` };
    const members = await sendRequest(`${url}/user.all?search=fuzz.member`, "GET", { headers: auth });
    memberId = members.body[0].userId;
  });
  afterAll(() => target?.stop());

  it(`answers every unknown path under /api with a JSON 404, for every method (seed ${FUZZ_SEED})`, async () => {
    // Segments of dots only are not names: clients resolve them away before sending.
    const segment = fc.stringMatching(/^[a-z0-9_~-][a-z0-9._~-]{0,11}$/);
    // Unknown names at the top, and known prefixes with a path that none of their routes has.
    const paths = fc.oneof(
      fc.array(segment, { minLength: 1, maxLength: 4 }).map((s) => `/zz${s.join("/")}`),
      fc.tuple(fc.constantFrom("/v1", "/v1/auth", "/v1/users/x/y", "/users/a/b/c", "/groups/a/b", "/health", "/metrics", "/openapi.json", "/audit-export", "/user.all"), segment).map(([p, s]) => `${p}/${s}`),
      fc.constantFrom("/user.nope", "/nope.all", "/user..all", "/.all", "/user.all.x", "/a%00b", "/%E2%80%AE"),
    );
    await fc.assert(
      fc.asyncProperty(paths, fc.constantFrom(...METHODS), async (path, method) => {
        const res = await sendRequest(`${url}${path}`, method, { headers: auth, body: method === "GET" ? undefined : {} });
        expectJsonError(res, 404);
      }),
      { numRuns: 60, seed: FUZZ_SEED },
    );
  });

  it("answers a known path with the wrong method 405, with Allow naming the right ones", async () => {
    const wrong: string[] = [];
    const plain = [
      { method: "GET", path: "/health" },
      { method: "GET", path: "/openapi.json" },
      { method: "GET", path: "/audit-export" },
      { method: "GET", path: "/metrics" },
    ];
    for (const op of [...target.operations.map((o) => ({ method: o.method as string, path: validPath(o) })), ...plain]) {
      const allowed = new Set([...target.operations.filter((o) => validPath(o) === op.path).map((o) => o.method as string), op.method]);
      for (const method of METHODS.filter((m) => !allowed.has(m))) {
        const res = await sendRequest(`${url}${op.path}`, method, { headers: auth, body: method === "GET" ? undefined : {} });
        const allow = res.headers.get("allow") ?? "";
        if (res.status !== 405 || !allow.includes(op.method) || !errorMessage(res.body)) wrong.push(`${method} ${op.path}: ${res.status} allow="${allow}" ${res.text.slice(0, 120)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("refuses an audit cursor past a 32-bit integer with 400 naming it, over dot-style HTTP and tRPC", async () => {
    const dot = await sendRequest(`${url}/audit.list?cursor=2147483648`, "GET", { headers: auth });
    expectJsonError(dot, 400);
    expect(dot.body.data.fieldErrors).toHaveProperty("cursor");
    const trpc = await sendRequest(`${url}/trpc/audit.list?input=${encodeURIComponent('{"cursor":2147483648}')}`, "GET", { headers: auth });
    expectJsonError(trpc, 400);
    expect(trpc.body.error.data.fieldErrors).toHaveProperty("cursor");
  });

  it("refuses an audit export whose filter has a NUL byte with 400, not an empty CSV", async () => {
    const res = await sendRequest(`${url}/audit-export?actor=a%00b`, "GET", { headers: auth });
    expectJsonError(res, 400);
    expect(res.body.data.fieldErrors).toHaveProperty("actor");
  });

  it("never sets a flag from text, a number, an object or an array, over dot-style HTTP and tRPC", async () => {
    for (const value of ["false", "true", "no", 0, 1, {}, []]) {
      for (const path of ["/user.assignPermissions", "/trpc/user.assignPermissions"]) {
        const res = await sendRequest(`${url}${path}`, "POST", { headers: auth, body: { id: memberId, canAccessToDocker: value } });
        expectJsonError(res, 400);
        expect(JSON.stringify(res.body)).toContain("canAccessToDocker");
      }
    }
    const member = await sendRequest(`${url}/user.one?userId=${memberId}`, "GET", { headers: auth });
    expect(member.body.flags.canAccessToDocker).toBe(false);
    // A real boolean still works.
    expect((await sendRequest(`${url}/user.assignPermissions`, "POST", { headers: auth, body: { id: memberId, canAccessToDocker: true } })).status).toBe(200);
    expect((await sendRequest(`${url}/user.one?userId=${memberId}`, "GET", { headers: auth })).body.flags.canAccessToDocker).toBe(true);
  });

  it("answers keys named after Object's members at once with 400, on public and signed-in procedures alike", async () => {
    for (const key of ["__proto__", "constructor", "toString", "hasOwnProperty"]) {
      const body = `{"username":"someone","password":"long-enough-password",${JSON.stringify(key)}:{"polluted":true}}`;
      for (const path of ["/auth.setup", "/trpc/auth.setup", "/user.create", "/trpc/user.create"]) {
        const res = await sendRequest(`${url}${path}`, "POST", { headers: { ...auth, "content-type": "application/json" }, body });
        expectJsonError(res, 400);
        expect(res.text).toContain(key);
      }
      const query = await sendRequest(`${url}/user.all?${key}=1`, "GET", { headers: auth });
      expect(query.status, `user.all?${key}=1`).toBe(400);
      expect(query.text).toContain(key);
    }
  });

  it("refuses a body past 1 MiB with 413 and a URL past the header limit with 431, both as JSON", async () => {
    const huge = JSON.stringify({ name: "x".repeat(1_200_000) });
    expectJsonError(await sendRequest(`${url}/workspace.create`, "POST", { headers: auth, body: huge }), 413);
    expectJsonError(await sendRequest(`${url}/user.all?search=${"x".repeat(70_000)}`, "GET", { headers: auth }), 431);
  });

  it("leaves no promise unhandled on the server", () => {
    expect(unhandledRejections(target.server)).toEqual([]);
  });
});
