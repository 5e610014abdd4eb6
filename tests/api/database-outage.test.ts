import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureDatabase, startEmbeddedPostgres, type EmbeddedServer } from "@/server/runtime/embedded-postgres";
import { applyMigrations } from "@/server/runtime/migrate";
import { freePort } from "../support/free-port";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";

// Roster keeps answering while its database is down: 503 with Retry-After and a JSON message on
// every surface, and it recovers by itself when the database is back.
describe("while PostgreSQL is unreachable", () => {
  let dataDir: string;
  let port: number;
  let database: EmbeddedServer;
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let key: string;

  const startDatabase = async () => (database = await startEmbeddedPostgres({ dataDir, port }));

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), "roster-outage-"));
    chmodSync(dataDir, 0o755);
    port = await freePort();
    await startDatabase();
    await ensureDatabase(database.url("postgres"), "outage");
    await applyMigrations(database.url("outage"));
    server = await startRoster({ databaseUrl: database.url("outage") });
    api = httpClient(server.url);
    await api.post("auth.setup", { username: "owner", password: "owner-password" });
    const { cookie } = await api.signIn("owner", "owner-password");
    key = (await api.post("user.createApiKey", { name: "outage" }, { cookie })).body.key;
    await database.stop();
  });
  afterAll(async () => {
    await server?.stop();
    await database?.stop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  const expectUnavailable = (res: { status: number; headers: Headers; body: unknown }) => {
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(res.body).toMatchObject({ code: "SERVICE_UNAVAILABLE", message: expect.stringMatching(/database/i) });
  };

  it("answers dot-style queries and mutations with 503 and Retry-After", async () => {
    expectUnavailable(await api.get("user.all", {}, { bearer: key }));
    expectUnavailable(await api.post("workspace.create", { name: "ops" }, { bearer: key }));
    expectUnavailable(await api.get("auth.setupStatus"));
  });

  it("answers tRPC calls with 503 and Retry-After", async () => {
    const res = await fetch(`${server.url}/api/trpc/user.all?input=${encodeURIComponent("{}")}`, { headers: { authorization: `Bearer ${key}` } });
    expect(res.status).toBe(503);
    expect(Number(res.headers.get("retry-after"))).toBeGreaterThan(0);
    expect((await res.json()).error.message).toMatch(/database/i);
  });

  it("answers sign-in with a JSON 503, not an empty 500", async () => {
    const res = await api.signIn("owner", "owner-password");
    expectUnavailable(res);
  });

  it("reports itself unavailable on /api/health without the database's error text", async () => {
    const res = await api.get("health");
    expect(res.status).toBe(503);
    expect(res.body).toEqual({ status: "unavailable", database: { up: false } });
  });

  it("recovers without a restart once the database is back", async () => {
    await startDatabase();
    const res = await api.get("user.all", {}, { bearer: key });
    expect(res.status).toBe(200);
    expect(res.body.map((u: { username: string }) => u.username)).toEqual(["owner"]);
  });
});
