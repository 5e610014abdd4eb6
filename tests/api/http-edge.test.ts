import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";

// What every request passes before the app: the client's address (the socket peer unless a trusted
// proxy forwarded it), a request id, one structured log line.

async function auditIpOf(api: ReturnType<typeof httpClient>, bearer: string, workspace: string) {
  const { body } = await api.get("audit.list", { action: "workspace.create", target: workspace }, { bearer });
  return body.items[0]?.ip as string | undefined;
}

async function ownerToken(api: ReturnType<typeof httpClient>) {
  await api.post("auth.setup", { username: "owner", password: "owner-password" });
  return (await api.signIn("owner", "owner-password")).token!;
}

describe("the client's address with no trusted proxy (the default)", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let token: string;
  beforeAll(async () => {
    server = await startRoster({ env: { ROSTER_SIGN_IN_RATE_LIMIT: "5" } });
    api = httpClient(server.url);
    token = await ownerToken(api);
  });
  afterAll(() => server?.stop());

  it("records the socket peer in the audit trail, whatever X-Forwarded-For says", async () => {
    const headers = { "x-forwarded-for": "203.0.113.7", "x-real-ip": "203.0.113.8", "x-roster-client-ip": "203.0.113.9" };
    expect((await api.post("workspace.create", { name: "forged" }, { bearer: token }, headers)).status).toBe(200);
    expect(await auditIpOf(api, token, "forged")).toBe("127.0.0.1");
  });

  it("limits sign-in per client even when every guess claims another X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await fetch(`${server.url}/api/auth/sign-in/username`, {
        method: "POST",
        headers: { "content-type": "application/json", "x-forwarded-for": `198.51.100.${i}` },
        body: JSON.stringify({ username: `nobody${i}`, password: "wrong-password" }),
      });
      statuses.push(res.status);
    }
    // Five sign-in attempts a minute per client (the owner's sign-in above was one of them).
    const firstLimited = statuses.indexOf(429);
    expect(firstLimited).toBeGreaterThan(0);
    expect(firstLimited).toBeLessThanOrEqual(5);
    expect(statuses.slice(0, firstLimited).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(firstLimited).every((s) => s === 429)).toBe(true);
  });

  it("echoes a caller's X-Request-Id, replaces a malformed one, and logs one line per request with it", async () => {
    const given = await fetch(`${server.url}/api/user.get`, { headers: { authorization: `Bearer ${token}`, "x-request-id": "trace-42" } });
    expect(given.headers.get("x-request-id")).toBe("trace-42");
    const refused = await api.get("workspace.list", {}, { bearer: "not-a-key" });
    expect(refused.status).toBe(401);
    expect(refused.body.data.requestId).toBe(refused.headers.get("x-request-id"));
    const malformed = await fetch(`${server.url}/api/health`, { headers: { "x-request-id": "bad id\twith spaces" } });
    expect(malformed.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);

    const line = server
      .output()
      .split("\n")
      .filter((l) => l.startsWith("{"))
      .map((l) => JSON.parse(l) as Record<string, unknown>)
      .find((entry) => entry.requestId === "trace-42");
    expect(line).toMatchObject({ msg: "request", procedure: "user.get", method: "GET", path: "/api/user.get", status: 200, ip: "127.0.0.1" });
    expect(line?.actorId).toEqual(expect.any(String));
    expect(line?.organizationId).toEqual(expect.any(String));
    expect(line?.ms).toEqual(expect.any(Number));
  });

  it("never writes a password, a token or an API key to the log", async () => {
    const key = (await api.post("user.createApiKey", { name: "log-check" }, { bearer: token })).body.key as string;
    await api.get("user.get", {}, { bearer: key });
    await api.post("user.update", { currentPassword: "wrong-password-xyz", password: "another-password-xyz" }, { bearer: token });
    const log = server.output();
    for (const secret of ["owner-password", "wrong-password-xyz", "another-password-xyz", key, token]) expect(log).not.toContain(secret);
  });
});

describe("the client's address behind a trusted proxy", () => {
  for (const trusted of ["loopback", "1"]) {
    it(`believes X-Forwarded-For from the proxy (TRUSTED_PROXIES=${trusted})`, async () => {
      const server = await startRoster({ env: { TRUSTED_PROXIES: trusted } });
      try {
        const api = httpClient(server.url);
        const token = await ownerToken(api);
        // The proxy appended the address it saw; an address the client made up sits further left.
        const headers = { "x-forwarded-for": "192.0.2.1, 203.0.113.7" };
        expect((await api.post("workspace.create", { name: "proxied" }, { bearer: token }, headers)).status).toBe(200);
        expect(await auditIpOf(api, token, "proxied")).toBe("203.0.113.7");
      } finally {
        await server.stop();
      }
    });
  }
});

describe("configuration", () => {
  it("refuses to start with a malformed variable, naming it", async () => {
    const failure = await startRoster({ env: { TRUSTED_PROXIES: "not-an-address", DATABASE_POOL_SIZE: "ten" } }).then(
      (server) => server.stop().then(() => new Error("started")),
      (error: Error) => error,
    );
    expect(failure.message).toContain("DATABASE_POOL_SIZE: must be a whole number");
    expect(failure.message).toContain("TRUSTED_PROXIES: invalid IP address: not-an-address");
  });
});
