import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient, type Credentials } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";

// The headline access over HTTP: user.all and user.one say the same label for each person, and
// user.all's `access` filter returns exactly the people with that label.
describe("user.all / user.one: the access summary and the access filter", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let owner: Credentials;
  const ids: Record<string, string> = {};

  beforeAll(async () => {
    server = await startRoster();
    api = httpClient(server.url);
    const setup = await api.post("auth.setup", { username: "owner", password: "owner-password", email: "owner@example.test" });
    expect(setup.status).toBe(200);
    ids.owner = setup.body.userId;
    fx = await fixturesFor(server);
    owner = { bearer: (await fx.insertApiKey(setup.body.userId, setup.body.organization.id)).key };
    for (const name of ["ops", "prod"]) expect((await api.post("workspace.create", { name }, owner)).status).toBe(200);
    const people = [
      { username: "alice", role: "developer", workspaceAccess: { all: true } },
      { username: "ada", role: "admin", workspaceAccess: { all: true } },
      { username: "otto", role: "operator", workspaceAccess: { all: true } },
      { username: "pat", role: "viewer", workspaceAccess: { all: false, grants: [{ workspace: "prod", role: "viewer" }, { workspace: "ops", role: "developer" }] } },
      { username: "nina", role: "viewer", workspaceAccess: { all: false } },
    ];
    for (const person of people) {
      const created = await api.post("user.create", { ...person, password: "a-long-password" }, owner);
      expect(created.status, person.username).toBe(200);
      ids[person.username] = created.body.userId;
    }
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  const labels = (body: { username: string; access: { label: string } }[]) => Object.fromEntries(body.map((m) => [m.username, m.access.label]));

  it("user.all gives every person one headline label; Dokploy's fields stay as they were", async () => {
    const res = await api.get("user.all", {}, owner);
    expect(res.status).toBe(200);
    expect(labels(res.body)).toEqual({ owner: "Owner", alice: "Developer", ada: "Admin", otto: "Operator", pat: "Per workspace", nina: "No access" });
    const alice = res.body.find((m: { username: string }) => m.username === "alice");
    expect(alice).toMatchObject({ role: "member", access: { kind: "developer", label: "Developer", scope: "All workspaces as developer", workspaces: [] } });
    const own = res.body.find((m: { username: string }) => m.username === "owner");
    expect(own.access).toEqual({ kind: "owner", label: "Owner", scope: "All workspaces, full access", workspaces: [] });
  });

  it("user.one lists per-workspace grants by name, with the role in each", async () => {
    const res = await api.get("user.one", { userId: ids.pat! }, owner);
    expect(res.status).toBe(200);
    expect(res.body.access).toEqual({
      kind: "per-workspace",
      label: "Per workspace",
      scope: "ops as developer, prod as viewer",
      workspaces: [
        { id: expect.any(String), name: "ops", role: "developer" },
        { id: expect.any(String), name: "prod", role: "viewer" },
      ],
    });
    expect((await api.get("user.one", { userId: ids.nina! }, owner)).body.access).toMatchObject({ kind: "none", label: "No access" });
  });

  it.each([
    ["owner", ["owner"]],
    ["admin", ["ada"]],
    ["developer", ["alice"]],
    ["operator", ["otto"]],
    ["manager", []],
    ["viewer", []],
    ["per-workspace", ["pat"]],
    ["none", ["nina"]],
  ])("access=%s returns exactly %j", async (access, expected) => {
    const res = await api.get("user.all", { access }, owner);
    expect(res.status).toBe(200);
    expect(res.body.map((m: { username: string }) => m.username).sort()).toEqual([...expected].sort());
  });

  it("the access filter follows a change of access, and combines with role", async () => {
    expect((await api.post("user.updateMember", { userId: ids.otto!, workspaceAccess: { all: false, grants: [{ workspace: "ops", role: "operator" }] } }, owner)).status).toBe(200);
    expect((await api.get("user.all", { access: "operator" }, owner)).body).toEqual([]);
    expect((await api.get("user.all", { access: "per-workspace" }, owner)).body.map((m: { username: string }) => m.username).sort()).toEqual(["otto", "pat"]);
    expect((await api.get("user.all", { access: "per-workspace", role: "admin" }, owner)).body).toEqual([]);
    expect((await api.get("user.all", { role: "member" }, owner)).body).toHaveLength(4);
  });

  it("an unknown access value is a 400 naming the field", async () => {
    const res = await api.get("user.all", { access: "superuser" }, owner);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain("access");
  });
});
