import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshConfigHome, ok, rosterFor, runRoster } from "../support/roster-cli";
import { startRoster, type RosterServer } from "../support/roster-server";
import { withOwner } from "../support/owner";
import type { Fixtures } from "../support/server-fixtures";

// The data platform's `dt user` / `dt group` examples with `roster` in their place, run as the
// built command against a live server: what a person sees on stdout, stderr and in the exit code.
describe("roster user and group commands (the data platform's examples)", () => {
  let server: RosterServer;
  let fx: Fixtures;
  let organizationId: string;
  let roster: ReturnType<typeof rosterFor>;

  beforeAll(async () => {
    server = await startRoster();
    const owner = await withOwner(server);
    fx = owner.fx;
    organizationId = owner.organizationId;
    roster = rosterFor(server.url, (await fx.insertApiKey(owner.ownerId, organizationId)).key);
    for (const group of ["developers", "admins"]) ok(await roster(["group", "add", group]));
    for (const username of ["alice", "bob"]) await fx.createMember(organizationId, { username });
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  it("creates john as written (the password piped, never on the command line) and shows him in the table", async () => {
    const add = ok(await roster(["user", "add", "-f", "John", "-l", "Doe", "-g", "developers", "-e", "john@example.com", "john"], { input: "johns-password\n" }));
    expect(add.stdout).toBe("Created user john\n");
    const signIn = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "john", password: "johns-password" }),
    });
    expect(signIn.status).toBe(200);

    const table = ok(await roster(["user", "ls"])).stdout.split("\n");
    expect(table[0]).toMatch(/^USERNAME\s+FULL NAME\s+GROUPS\s+EMAIL\s+ACCESS\s+ENABLED$/);
    const john = table.find((line) => line.startsWith("john "));
    expect(john).toMatch(/^john\s+John Doe\s+developers\s+john@example\.com\s+Viewer\s+yes$/);
    // Aligned: every column starts where its header does.
    const emailColumn = table[0]!.indexOf("EMAIL");
    expect(john!.indexOf("john@example.com")).toBe(emailColumn);
  });

  it("modify john -g developers,admins replaces his groups; -j shows them by name with stable fields", async () => {
    expect(ok(await roster(["user", "modify", "john", "-g", "developers,admins"])).stdout).toBe("Updated john\n");
    const john = ok(await roster(["user", "get", "john", "-j"])).json();
    expect(Object.keys(john)).toEqual(["id", "username", "name", "firstName", "lastName", "email", "role", "access", "enabled", "system", "groups", "createdAt", "workspaceAccess", "permissions", "lockedUntil"]);
    expect(john).toMatchObject({ username: "john", firstName: "John", lastName: "Doe", email: "john@example.com", enabled: true, system: false });
    expect([...john.groups].sort()).toEqual(["admins", "developers"]);
    expect(JSON.stringify(john)).not.toMatch(/password|hash/i);
  });

  it("group add analysts; add-users analysts alice,bob; rm-users analysts bob leaves alice", async () => {
    ok(await roster(["group", "add", "analysts"]));
    expect(ok(await roster(["group", "add-users", "analysts", "alice,bob"])).stdout).toBe("Added 2 users to analysts; it has 2\n");
    expect(ok(await roster(["group", "rm-users", "analysts", "bob"])).stdout).toBe("Removed 1 user from analysts; it has 1\n");
    const analysts = ok(await roster(["group", "get", "analysts", "-j"])).json();
    expect(analysts).toMatchObject({ name: "analysts", gid: expect.any(Number), memberCount: 1, members: ["alice"] });
    const groups = ok(await roster(["group", "ls"])).stdout;
    expect(groups).toMatch(/^NAME\s+GID\s+USERS\s+DESCRIPTION$/m);
    expect(groups).toMatch(/^analysts\s+\d+\s+alice\s+-$/m);
  });

  it("disable john marks him in the table and in -p; enable brings him back", async () => {
    expect(ok(await roster(["user", "disable", "john"])).stdout).toBe("Disabled john\n");
    expect(ok(await roster(["user", "ls", "--search", "john"])).stdout).toMatch(/^john\s.*NO \(disabled\)$/m);
    const pretty = ok(await roster(["user", "ls", "--status", "disabled", "-p"])).stdout;
    expect(pretty).toBe(["john", "  Full name:  John Doe", "  Email:      john@example.com", "  Access:     Viewer (All workspaces as viewer)", "  Groups:     admins,developers", "  Enabled:    NO (disabled)", ""].join("\n"));
    expect(ok(await roster(["user", "disable", "john"])).stdout).toBe("john was already disabled\n");
    expect(ok(await roster(["user", "enable", "john", "-j"])).json()).toMatchObject({ username: "john", enabled: true, changed: true });
  });

  it("add-to-group and rm-from-group take a username and a group name", async () => {
    expect(ok(await roster(["user", "add-to-group", "bob", "developers"])).stdout).toBe("Added bob to developers\n");
    expect(ok(await roster(["user", "get", "bob", "-j"])).json().groups).toEqual(["developers"]);
    expect(ok(await roster(["user", "rm-from-group", "bob", "developers"])).stdout).toBe("Removed bob from developers\n");
    expect(ok(await roster(["user", "get", "bob", "-j"])).json().groups).toEqual([]);
  });

  it("workspace access: -w ops:developer gives a per-workspace grant; -w all:operator the role everywhere", async () => {
    ok(await roster(["workspace", "add", "ops"]));
    ok(await roster(["user", "add", "-w", "ops:developer", "--password-stdin", "wendy"], { input: "wendys-password\n" }));
    const scoped = ok(await roster(["user", "get", "wendy", "-j"])).json();
    expect(scoped.workspaceAccess).toEqual({ all: false, role: "viewer", grants: [{ workspace: "ops", role: "developer" }] });
    expect(scoped.access).toEqual({ kind: "per-workspace", label: "Per workspace", scope: "ops as developer", workspaces: [{ workspace: "ops", role: "developer" }] });
    expect(ok(await roster(["user", "ls", "--access", "per-workspace"])).stdout).toMatch(/^wendy\s.*\sPer workspace: ops:developer\s+yes$/m);
    expect(ok(await roster(["user", "get", "wendy", "-p"])).stdout).toMatch(/^ {2}Access: +Per workspace \(ops as developer\)$/m);
    ok(await roster(["user", "modify", "wendy", "-w", "all:operator"]));
    const everywhere = ok(await roster(["user", "get", "wendy", "-j"])).json();
    expect(everywhere.workspaceAccess).toEqual({ all: true, role: "operator", grants: [] });
    expect(everywhere.access).toMatchObject({ kind: "operator", label: "Operator", scope: "All workspaces as operator" });
    expect(ok(await roster(["user", "ls", "--access", "operator", "-j"])).json().map((u: { username: string }) => u.username)).toEqual(["wendy"]);
    const check = ok(await roster(["authz", "check", "workflow:run", "--workspace", "ops", "--user", "wendy", "-j"])).json();
    expect(check).toMatchObject({ allowed: true, permission: "workflow:run", workspace: "ops" });
  });

  it("reset-password reads the new password from stdin; the user signs in with it", async () => {
    const reset = ok(await roster(["user", "reset-password", "alice", "--stdin"], { input: "alices-new-password\n" }));
    expect(reset.stdout).toMatch(/^Password of alice reset; \d+ session\(s\) ended\n$/);
    const signIn = await fetch(`${server.url}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: "alice", password: "alices-new-password" }),
    });
    expect(signIn.status).toBe(200);
  });

  it("change-password --stdin takes the current and the new password, one per line", async () => {
    const carol = await fx.createMember(organizationId, { username: "carol", password: "carols-old-password" });
    const asCarol = rosterFor(server.url, (await fx.insertApiKey(carol.user.id, organizationId)).key);
    const wrong = await asCarol(["user", "change-password", "--stdin"], { input: "not-her-password\ncarols-new-password\n" });
    expect(wrong.code).not.toBe(0);
    expect(wrong.stderr).toMatch(/^error: .*password/im);
    expect(ok(await asCarol(["user", "change-password", "--stdin"], { input: "carols-old-password\ncarols-new-password\n" })).stdout).toBe("Password changed\n");
  });

  it("follows the keyset pages past one page: every user once, in the same order as one big page", async () => {
    for (let i = 0; i < 45; i++) await fx.createMember(organizationId, { username: `pager${String(i).padStart(2, "0")}` });
    const paged = ok(await roster(["user", "ls", "-j", "--page-size", "20"])).json();
    const whole = ok(await roster(["user", "ls", "-j"])).json();
    const total = await fx.db.member.count({ where: { organizationId } });
    expect(total).toBeGreaterThan(45);
    expect(paged).toHaveLength(total);
    expect(paged.map((u: { id: string }) => u.id)).toEqual(whole.map((u: { id: string }) => u.id));
    expect(new Set(paged.map((u: { id: string }) => u.id)).size).toBe(total);
    expect(ok(await roster(["user", "ls", "-j", "--page-size", "20", "--limit", "30"])).json()).toHaveLength(30);
  });

  describe("bad input: stderr names the problem, the exit code its kind, nothing changes", () => {
    it("an unknown user is exit 3", async () => {
      const result = await roster(["user", "get", "nobody-here"]);
      expect(result).toMatchObject({ code: 3, stdout: "" });
      expect(result.stderr).toBe('error: User "nobody-here" not found\n');
      expect((await roster(["user", "disable", "nobody-here"])).code).toBe(3);
      expect((await roster(["group", "get", "no-such-group"])).code).toBe(3);
    });

    it("a missing argument is exit 2 with the usage", async () => {
      const result = await roster(["user", "get"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("error: missing required argument 'username'");
      expect(result.stdout).toBe("");
      const badRole = await roster(["user", "add", "-r", "king", "someone"]);
      expect(badRole.code).toBe(2);
      expect(badRole.stderr).toContain("Allowed choices are admin, manager, developer, operator, viewer, member");
    });

    it("no password on stdin and no terminal is exit 2, and no user is created", async () => {
      const result = await roster(["user", "add", "nopass"]);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("Expected the new password on stdin");
      expect(await fx.db.user.count({ where: { username: "nopass" } })).toBe(0);
    });

    it("the server's 400 names each field at fault (exit 2)", async () => {
      const result = await roster(["user", "add", "-e", "not-an-email", "--password-stdin", "shorty"], { input: "short\n" });
      expect(result.code).toBe(2);
      expect(result.stderr).toContain("error: password: Password must be at least 8 characters\n");
      expect(result.stderr).toContain("error: email: Enter a valid email address\n");
      expect(await fx.db.user.count({ where: { username: "shorty" } })).toBe(0);
    });

    it("a taken username is a conflict (exit 5)", async () => {
      const result = await roster(["user", "add", "--password-stdin", "john"], { input: "another-password\n" });
      expect(result.code).toBe(5);
      expect(result.stderr).toMatch(/^error: .*username/im);
    });

    it("a member without member:read is forbidden (exit 4)", async () => {
      const member = await fx.createMember(organizationId);
      const asMember = rosterFor(server.url, (await fx.insertApiKey(member.user.id, organizationId)).key);
      const result = await asMember(["user", "ls"]);
      expect(result.code).toBe(4);
      expect(result.stderr).toMatch(/^error: This needs the member:read permission/m);
    });
  });

  it("rm removes the user: get is then exit 3", async () => {
    expect(ok(await roster(["user", "rm", "john"])).stdout).toMatch(/^Removed john/);
    expect((await roster(["user", "get", "john"])).code).toBe(3);
  });

  it("runs with only --url and --api-key, no environment or stored login", async () => {
    const key = (await fx.insertApiKey((await fx.db.user.findUniqueOrThrow({ where: { username: "owner" } })).id, organizationId)).key;
    const result = await runRoster(["--url", server.url, "--api-key", key, "group", "ls", "-j"], { configHome: freshConfigHome() });
    expect(result.code).toBe(0);
    expect(result.json().map((g: { name: string }) => g.name)).toEqual(expect.arrayContaining(["admins", "analysts", "developers"]));
  });
});
