import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ok, rosterFor } from "../support/roster-cli";
import { withOwner } from "../support/owner";
import { startRoster, type RosterServer } from "../support/roster-server";
import type { Fixtures } from "../support/server-fixtures";

// Groups, workspaces, API keys, the audit log and access checks from the terminal.
describe("roster group, workspace, apikey, audit and authz commands", () => {
  let server: RosterServer;
  let fx: Fixtures;
  let roster: ReturnType<typeof rosterFor>;
  let organizationId: string;

  beforeAll(async () => {
    server = await startRoster();
    const owner = await withOwner(server);
    fx = owner.fx;
    organizationId = owner.organizationId;
    roster = rosterFor(server.url, (await fx.insertApiKey(owner.ownerId, owner.organizationId)).key);
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  it("group add with a GID, description and members; rename; rm", async () => {
    const created = ok(await roster(["group", "add", "analysts", "--gid", "2001", "-d", "Reporting team", "-m", "owner"])).stdout;
    expect(created).toBe("Created group analysts (GID 2001)\n");
    const pretty = ok(await roster(["group", "get", "analysts", "-p"])).stdout;
    expect(pretty).toMatch(/^analysts\n {2}Id: +\S+\n {2}GID: +2001\n {2}Description: +Reporting team\n {2}Users: +owner\n/);
    expect(ok(await roster(["group", "rename", "analysts", "analytics"])).stdout).toBe("Renamed group analysts to analytics\n");
    expect(ok(await roster(["group", "ls", "-j"])).json()).toEqual([
      expect.objectContaining({ name: "analytics", gid: 2001, description: "Reporting team", memberCount: 1, members: ["owner"] }),
    ]);
    const taken = await roster(["group", "add", "other", "--gid", "2001"]);
    expect(taken.code).toBe(5);
    expect(ok(await roster(["group", "rm", "analytics"])).stdout).toBe("Deleted group analytics\n");
    expect((await roster(["group", "ls"])).stderr).toBe("No groups.\n");
    expect((await roster(["group", "add", "x", "--gid", "abc"])).code).toBe(2);
  });

  it("org add creates an organization the owner owns; org ls shows the key's own organization as active; a taken slug is a conflict", async () => {
    expect(ok(await roster(["org", "add", "Acme Labs", "--slug", "acme-labs"])).stdout).toBe("Created organization Acme Labs (acme-labs)\n");
    expect(ok(await roster(["org", "ls"])).stdout).toMatch(/^NAME\s+SLUG\s+ROLE\s+ACTIVE\nMy organization\s+my-organization\s+owner\s+yes\n$/);
    expect(ok(await roster(["org", "ls", "-j"])).json()).toEqual([expect.objectContaining({ name: "My organization", role: "owner", active: true })]);
    const taken = await roster(["org", "add", "Other", "--slug", "acme-labs"]);
    expect(taken.code).toBe(5);
    expect(taken.stderr).toMatch(/slug/);
  });

  it("workspace add, ls (table and -j), rm; a bad name is refused naming the field", async () => {
    expect(ok(await roster(["workspace", "add", "ops", "-d", "Operations"])).stdout).toBe("Created workspace ops\n");
    expect(ok(await roster(["workspace", "ls"])).stdout).toMatch(/^NAME\s+MEMBERS\s+GROUPS\s+DESCRIPTION\nops\s+0\s+0\s+Operations\n$/);
    expect(ok(await roster(["workspace", "ls", "-j"])).json()).toEqual([
      { id: expect.any(String), name: "ops", description: "Operations", memberGrantCount: 0, groupGrantCount: 0, createdAt: expect.any(String) },
    ]);
    const bad = await roster(["workspace", "add", "default"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: name: "default" is the implicit workspace/);
    expect(ok(await roster(["workspace", "rm", "ops"])).stdout).toBe("Deleted workspace ops\n");
    expect((await roster(["workspace", "rm", "ops"])).code).toBe(3);
  });

  it("apikey create prints the key once; ls never shows it, in any format; rm revokes it", async () => {
    const created = ok(await roster(["apikey", "create", "reports", "--permissions", "member:read", "--expires-in", "30d", "-j"])).json();
    expect(created).toMatchObject({ name: "reports", key: expect.any(String), expiresAt: expect.any(String) });
    const readOnly = rosterFor(server.url, created.key);
    expect(ok(await readOnly(["user", "ls", "-j"])).json().map((u: { username: string }) => u.username)).toEqual(["owner"]);
    expect((await readOnly(["group", "add", "nope"])).code).toBe(4);

    for (const format of [[], ["-p"], ["-j"]]) {
      const listed = ok(await roster(["apikey", "ls", ...format])).stdout;
      expect(listed).toContain("reports");
      expect(listed).not.toContain(created.key);
    }
    const table = await roster(["apikey", "create", "plain"]);
    expect(table.stderr).toMatch(/^Created API key plain \(\S+\); it is shown only now:\n$/);
    expect(table.stdout).toMatch(/^\S{20,}\n$/);

    expect(ok(await roster(["apikey", "rm", created.id])).stdout).toBe(`Revoked API key ${created.id}\n`);
    expect((await readOnly(["user", "ls"])).code).toBe(7);
    expect((await roster(["apikey", "create", "x", "--permissions", "everything"])).code).toBe(2);
  });

  it("audit ls filters by action and stops at --limit", async () => {
    const audit = ok(await roster(["audit", "ls", "--action", "workspace.create", "-j"])).json();
    expect(audit).toEqual([expect.objectContaining({ action: "workspace.create", target: expect.objectContaining({ name: "ops" }), actor: expect.objectContaining({ name: expect.any(String) }) })]);
    const table = ok(await roster(["audit", "ls", "--limit", "3"])).stdout.split("\n").filter(Boolean);
    expect(table[0]).toMatch(/^SEQ\s+TIME\s+ACTOR\s+ACTION\s+TARGET$/);
    expect(table).toHaveLength(4);
  });

  it("invite create prints each link once (never with -j); ls, resend and cancel follow it", async () => {
    const created = ok(await roster(["invite", "create", "ana@example.com", "ben@example.com", "-r", "developer"])).stdout.split("\n").filter(Boolean);
    expect(created).toHaveLength(2);
    expect(created[0]).toMatch(/^Invited ana@example\.com \((\S+)\): http\S+$/);
    const anaId = /\((\S+)\)/.exec(created[0]!)![1]!;
    const listed = ok(await roster(["invite", "ls", "-j"])).json();
    expect(listed.map((i: { email: string }) => i.email).sort()).toEqual(["ana@example.com", "ben@example.com"]);
    expect(listed[0]).toMatchObject({ role: "developer", status: "pending" });
    expect(JSON.stringify(listed)).not.toMatch(/http|token/);
    const again = await roster(["invite", "create", "ana@example.com"]);
    expect(again.code).toBe(5);

    expect(ok(await roster(["invite", "resend", anaId, "--no-send", "--expires-in", "7d"])).stdout).toMatch(/^Renewed invitation of ana@example\.com until \S+: http\S+\n$/);
    expect(ok(await roster(["invite", "cancel", anaId])).stdout).toBe("Cancelled invitation of ana@example.com\n");
    expect(ok(await roster(["invite", "ls", "--status", "cancelled", "-j"])).json().map((i: { id: string }) => i.id)).toEqual([anaId]);
    const send = await roster(["invite", "send", anaId]);
    expect(send.code).toBe(2);
    expect(send.stderr).toContain("No default email provider");
    expect((await roster(["invite", "cancel", "no-such-invitation"])).code).toBe(3);
  });

  it("authz check says allowed or not, and why", async () => {
    const owner = ok(await roster(["authz", "check", "member:delete"])).stdout;
    expect(owner).toMatch(/^ALLOWED\s+yes$/m);
    expect(owner).toMatch(/^BECAUSE\s+Role owner/m);
    await fx.createMember(organizationId, { username: "viewer1" });
    const viewer = ok(await roster(["authz", "check", "workflow:edit", "--user", "viewer1", "-j"])).json();
    expect(viewer).toMatchObject({ allowed: false, permission: "workflow:edit", sources: [] });
    expect((await roster(["authz", "check", "not:a-permission"])).code).toBe(2);
  });
});
