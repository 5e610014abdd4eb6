import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { changeGroupMembers } from "@/server/services/groups/change-group-members";
import { createGroup } from "@/server/services/groups/create-group";
import { deleteGroup } from "@/server/services/groups/delete-group";
import { getGroup } from "@/server/services/groups/get-group";
import { listGroups } from "@/server/services/groups/list-groups";
import { updateGroup } from "@/server/services/groups/update-group";
import { upsertGroup } from "@/server/services/groups/upsert-group";
import { getMember } from "@/server/services/users/get-member";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { actorFor, createMember, createTeam } from "../support/factories";

const list = (actor: Awaited<ReturnType<typeof actorFor>>, input: Partial<Parameters<typeof listGroups>[0]["input"]> = {}) =>
  listGroups({ actor, input: { sort: "name", order: "asc", limit: 500, ...input } });

describe("group.create", () => {
  it("assigns the lowest free GID from 1000, takes a given one, and refuses a taken name or GID with 409", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    expect((await createGroup({ actor: admin, input: { name: "developers" } })).gid).toBe(1000);
    expect((await createGroup({ actor: admin, input: { name: "admins", gid: 1002 } })).gid).toBe(1002);
    expect((await createGroup({ actor: admin, input: { name: "analysts" } })).gid).toBe(1001);
    expect((await createGroup({ actor: admin, input: { name: "ops" } })).gid).toBe(1003);
    await expect(createGroup({ actor: admin, input: { name: "developers" } })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: [expect.any(String)] } });
    await expect(createGroup({ actor: admin, input: { name: "other", gid: 1000 } })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { gid: [expect.stringContaining("1000")] } });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: "group.create" } })).toBe(4);
  });

  it("gives ten concurrent creates ten different GIDs", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const groups = await Promise.all(Array.from({ length: 10 }, (_, i) => createGroup({ actor: admin, input: { name: `team-${i}` } })));
    expect(groups.map((g) => g.gid).sort()).toEqual(Array.from({ length: 10 }, (_, i) => 1000 + i));
  });

  it("creates with members, permissions and workspace grants, which the members then hold", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    const group = await createGroup({
      actor: admin,
      input: {
        name: "TechWriters",
        description: "Docs people",
        grants: ["member:read"],
        workspaceGrants: [{ workspace: "ops", role: "manager" }],
        members: [team.member.user.username],
      },
    });
    expect(group).toMatchObject({ memberCount: 1, grants: ["member:read"], workspaceGrants: [{ workspace: "ops", role: "manager" }] });
    const detail = await getMember({ actor: admin, userId: team.member.user.id });
    const memberRead = detail.effectivePermissions.find((p) => p.permission === "member:read");
    expect(memberRead?.sources).toEqual([{ kind: "group", groupId: group.id, groupName: "TechWriters" }]);
    const adminInOps = detail.effectivePermissions.find((p) => p.permission === "workflow:admin");
    expect(adminInOps?.scope).toMatchObject({ type: "workspace", workspaceName: "ops" });
  });

  it("refuses an unknown workspace or user with 400 naming it", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const admin = await actorFor(team.admin.member);
    await expect(createGroup({ actor: admin, input: { name: "g", workspaceGrants: [{ workspace: "nope", role: "viewer" }] } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining('"nope"'),
    });
    await expect(createGroup({ actor: admin, input: { name: "g", members: [other.member.user.username] } })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining(other.member.user.username),
    });
  });

  it("lets a member who manages groups hand out only what they hold", async () => {
    const team = await createTeam();
    await db.member.update({ where: { id: team.member.member.id }, data: { grants: ["group:manage", "group:read"] } });
    const manager = await actorFor(team.member.member);
    await expect(createGroup({ actor: manager, input: { name: "escalate", grants: ["member:delete"] } })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining("member:delete"),
    });
    await expect(createGroup({ actor: manager, input: { name: "fine", grants: ["group:read"] } })).resolves.toMatchObject({ name: "fine" });
    const admin = await actorFor(team.admin.member);
    const powerful = await createGroup({ actor: admin, input: { name: "powerful", grants: ["member:delete"] } });
    await expect(changeGroupMembers({ actor: manager, input: { groupId: powerful.id, users: [team.member.user.id] }, change: "add" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });
});

describe("group.list and group.get", () => {
  it("sorts by name, GID or member count, and searches by name", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const extra = await createMember(team.organization.id);
    await createGroup({ actor: admin, input: { name: "beta", gid: 3000, members: [team.member.user.id, extra.user.id] } });
    await createGroup({ actor: admin, input: { name: "alpha", gid: 5000 } });
    await createGroup({ actor: admin, input: { name: "gamma", gid: 4000, members: [extra.user.id] } });
    expect((await list(admin)).map((g) => g.name)).toEqual(["alpha", "beta", "gamma"]);
    expect((await list(admin, { sort: "gid", order: "desc" })).map((g) => g.gid)).toEqual([5000, 4000, 3000]);
    expect((await list(admin, { sort: "members", order: "desc" })).map((g) => g.memberCount)).toEqual([2, 1, 0]);
    expect((await list(admin, { search: "AMM" })).map((g) => g.name)).toEqual(["gamma"]);
    const beta = (await list(admin, { search: "beta" }))[0]!;
    expect(beta.members.map((m) => m.username).sort()).toEqual([team.member.user.username, extra.user.username].sort());
    const detail = await getGroup({ actor: admin, groupId: "beta" });
    expect(detail).toMatchObject({ id: beta.id, gid: 3000, memberCount: 2, memberCountExact: true });
  });

  it("counts a group past 10,000 members as 10,000+, and previews the first 50 to join, by username", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const big = await createGroup({ actor: admin, input: { name: "everyone" } });
    // A bulk load, as an import would leave it: 10,001 members joining one a second, numbered backwards.
    const tag = `big-${team.organization.id}`;
    await db.$executeRaw`INSERT INTO "user" (id, name, email, "emailVerified", "createdAt", "updatedAt", username, "firstName", "lastName")
      SELECT ${tag} || '-u' || i, 'Bulk ' || i, ${tag} || '.' || i || '@bulk.test', false, now(), now(), ${tag} || '-' || lpad((20000 - i)::text, 5, '0'), 'Bulk', 'User'
      FROM generate_series(1, 10001) AS i`;
    await db.$executeRaw`INSERT INTO member (id, "organizationId", "userId", role) SELECT ${tag} || '-m' || i, ${team.organization.id}, ${tag} || '-u' || i, 'member' FROM generate_series(1, 10001) AS i`;
    await db.$executeRaw`INSERT INTO group_member ("groupId", "memberId", "createdAt")
      SELECT ${big.id}, ${tag} || '-m' || i, timestamp '2026-01-01' + make_interval(secs => i) FROM generate_series(1, 10001) AS i`;
    const [listed] = await list(admin, { search: "everyone" });
    expect(listed).toMatchObject({ memberCount: 10_000, memberCountExact: false });
    // The first 50 to join are bulk users 1-50, whose usernames run backwards: shown by username.
    const first50 = Array.from({ length: 50 }, (_, k) => `${tag}-${String(20000 - (k + 1)).padStart(5, "0")}`).sort();
    expect(listed!.members.map((m) => m.username)).toEqual(first50);
    expect(await getGroup({ actor: admin, groupId: big.id })).toMatchObject({ memberCount: 10_000, memberCountExact: false });
    await db.groupMember.delete({ where: { groupId_memberId: { groupId: big.id, memberId: `${tag}-m10001` } } });
    expect((await list(admin, { search: "everyone" }))[0]).toMatchObject({ memberCount: 10_000, memberCountExact: true });
  });

  it("is 403 without group:read and 404 for another organization's group", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const theirs = await createGroup({ actor: await actorFor(other.admin.member), input: { name: "theirs" } });
    await expect(list(await actorFor(team.member.member))).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await actorFor(team.admin.member);
    await expect(getGroup({ actor: admin, groupId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getGroup({ actor: admin, groupId: "theirs" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await list(admin)).toEqual([]);
  });
});

describe("group.update, addUsers, removeUsers, delete", () => {
  it("renames and changes grants with one event holding the changed fields", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const group = await createGroup({ actor: admin, input: { name: "devs" } });
    const updated = await updateGroup({ actor: admin, input: { groupId: group.id, name: "developers", grants: ["project:create"], workspaceRole: "developer" } });
    expect(updated).toMatchObject({ name: "developers", grants: ["project:create"], workspaceRole: "developer", gid: group.gid });
    const [event] = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "group.rename" } });
    expect(event).toMatchObject({
      before: { name: "devs", grants: [], workspaceRole: null },
      after: { name: "developers", grants: ["project:create"], workspaceRole: "developer" },
    });
    await updateGroup({ actor: admin, input: { groupId: group.id, name: "developers" } });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: { in: ["group.update", "group.rename"] } } })).toBe(1);
  });

  it("adds and removes users by username or id, skipping those already in or out", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const group = await createGroup({ actor: admin, input: { name: "analysts" } });
    const added = await changeGroupMembers({ actor: admin, input: { groupId: "analysts", users: [team.member.user.username.toUpperCase(), team.admin.user.id] }, change: "add" });
    expect(added).toMatchObject({ memberCount: 2, changed: expect.arrayContaining([team.member.user.id, team.admin.user.id]) });
    const again = await changeGroupMembers({ actor: admin, input: { groupId: group.id, users: [team.member.user.id] }, change: "add" });
    expect(again).toMatchObject({ memberCount: 2, changed: [] });
    const removed = await changeGroupMembers({ actor: admin, input: { groupId: group.id, users: [team.member.user.username] }, change: "remove" });
    expect(removed).toMatchObject({ memberCount: 1, changed: [team.member.user.id] });
    const events = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: { in: ["group.addUsers", "group.removeUsers"] } }, orderBy: { seq: "asc" } });
    expect(events.map((e) => [e.action, e.after ?? e.before])).toEqual([
      ["group.addUsers", { added: [team.admin.user.username, team.member.user.username].sort() }],
      ["group.removeUsers", { removed: [team.member.user.username] }],
    ]);
    await expect(changeGroupMembers({ actor: admin, input: { groupId: group.id, users: ["nobody-here"] }, change: "add" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("nobody-here"),
    });
  });

  it("deletes a group: its members stay, its grants go", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const group = await createGroup({ actor: admin, input: { name: "temp", grants: ["member:read"], members: [team.member.user.id] } });
    await deleteGroup({ actor: admin, groupId: group.id });
    expect(await db.group.count({ where: { id: group.id } })).toBe(0);
    expect(await db.member.count({ where: { id: team.member.member.id } })).toBe(1);
    const member = await actorFor(team.member.member);
    expect(member.permissions.has("member:read")).toBe(false);
    const [event] = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "group.delete" } });
    expect(event?.before).toMatchObject({ name: "temp", grants: ["member:read"], members: [team.member.user.username] });
  });
});

describe("group.upsert", () => {
  it("creates a group by name, updates it the next time, and writes nothing when nothing changes", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const created = await upsertGroup({ actor: admin, input: { name: "Writers", description: "Docs", workspaceRole: "developer" } });
    expect(created).toMatchObject({ name: "Writers", gid: 1000, description: "Docs", workspaceRole: "developer", created: true });
    const updated = await upsertGroup({ actor: admin, input: { name: "Writers", description: "Docs people", workspaceRole: "viewer", grants: [] } });
    expect(updated).toMatchObject({ id: created.id, gid: 1000, description: "Docs people", workspaceRole: "viewer", created: false });
    await upsertGroup({ actor: admin, input: { name: "Writers", description: "Docs people", workspaceRole: "viewer", grants: [] } });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: { in: ["group.create", "group.update"] } } })).toBe(2);
  });

  it("lets concurrent upserts of one new name make one group", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const results = await Promise.all(Array.from({ length: 5 }, () => upsertGroup({ actor: admin, input: { name: "Racers", description: "Fast" } })));
    expect(new Set(results.map((g) => g.id)).size).toBe(1);
    expect(results.filter((g) => g.created)).toHaveLength(1);
  });

  it("needs group:manage, as create and update do", async () => {
    const team = await createTeam();
    const member = await actorFor(team.member.member);
    await expect(upsertGroup({ actor: member, input: { name: "Mine" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
