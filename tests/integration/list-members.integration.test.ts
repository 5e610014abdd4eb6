import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createCaller } from "@/server/api/root";
import { createContext } from "@/server/api/context";
import { db } from "@/server/db";
import { getMember } from "@/server/services/users/get-member";
import { listMembers } from "@/server/services/users/list-members";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { updateMember } from "@/server/services/users/update-member";
import { changeGroupMembers } from "@/server/services/groups/change-group-members";
import { createGroup } from "@/server/services/groups/create-group";
import { deleteGroup } from "@/server/services/groups/delete-group";
import { updateGroup } from "@/server/services/groups/update-group";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { deleteWorkspace } from "@/server/services/workspaces/delete-workspace";
import { updateWorkspace } from "@/server/services/workspaces/update-workspace";
import { ZListMembersInput } from "@/lib/schemas/user";
import { insertApiKey } from "../support/api-keys";
import { actorFor, createMember, createTeam, unique } from "../support/factories";

type Team = Awaited<ReturnType<typeof createTeam>>;
const list = async (team: Team, input: Partial<ReturnType<typeof ZListMembersInput.parse>> = {}) =>
  listMembers({ actor: await actorFor(team.admin.member), input: ZListMembersInput.parse(input) });

describe("user.all", () => {
  let team: Team;
  let ada: Awaited<ReturnType<typeof createMember>>;
  let grace: Awaited<ReturnType<typeof createMember>>;
  let disabled: Awaited<ReturnType<typeof createMember>>;
  let bot: Awaited<ReturnType<typeof createMember>>;
  const tag = unique("t").toLowerCase();

  beforeAll(async () => {
    team = await createTeam();
    ada = await createMember(team.organization.id, { username: `alovelace${tag}`, firstName: "Ada", lastName: `Lovelace${tag}`, email: `countess.${tag}@analytical.test` });
    grace = await createMember(team.organization.id, { username: `ghopper${tag}`, firstName: `Grace${tag}`, lastName: "Hopper", role: "admin" });
    disabled = await createMember(team.organization.id, { username: `gone${tag}`, banned: true });
    bot = await createMember(team.organization.id, { username: `deploybot${tag}`, system: true });
    // Someone with matching names in another organization never shows up.
    const elsewhere = await createTeam();
    await createMember(elsewhere.organization.id, { username: `alovelace2${tag}`, firstName: "Ada", lastName: `Lovelace${tag}` });
  });

  it("lists the organization's members in Dokploy's shape, plus Roster's fields", async () => {
    const items = await list(team);
    expect(items.map((i) => i.userId).sort()).toEqual(
      [team.owner, team.admin, team.member, ada, grace, disabled, bot].map((m) => m.user.id).sort(),
    );
    const item = items.find((i) => i.userId === ada.user.id)!;
    expect(item).toEqual({
      id: ada.member.id,
      userId: ada.user.id,
      email: `countess.${tag}@analytical.test`,
      name: `Ada Lovelace${tag}`,
      role: "member",
      createdAt: expect.any(String),
      username: `alovelace${tag}`,
      firstName: "Ada",
      lastName: `Lovelace${tag}`,
      enabled: true,
      system: false,
      groups: [],
      access: { kind: "viewer", label: "Viewer", scope: "All workspaces as viewer", workspaces: [] },
      user: {
        id: ada.user.id,
        email: `countess.${tag}@analytical.test`,
        name: `Ada Lovelace${tag}`,
        image: null,
        username: `alovelace${tag}`,
        firstName: "Ada",
        lastName: `Lovelace${tag}`,
      },
    });
    expect(items.find((i) => i.userId === bot.user.id)).toMatchObject({ system: true });
    expect(items.find((i) => i.userId === disabled.user.id)).toMatchObject({ enabled: false });
  });

  it("searches username, first name, last name and email, case-insensitively, within the organization", async () => {
    const ids = async (search: string) => (await list(team, { search })).map((i) => i.userId).sort();
    expect(await ids(`ALOVELACE${tag}`)).toEqual([ada.user.id]); // username
    expect(await ids(`grace${tag.toUpperCase()}`)).toEqual([grace.user.id]); // first name
    expect(await ids(`lovelace${tag}`)).toEqual([ada.user.id]); // last name (and username)
    expect(await ids(`COUNTESS.${tag}@`)).toEqual([ada.user.id]); // email
    expect(await ids(`hopper`)).toEqual([grace.user.id]); // last name only
    expect(await ids(`no-such-person-${tag}`)).toEqual([]);
  });

  it("finds names beyond ASCII as they are written, alone and beside a filter", async () => {
    const own = await createTeam();
    const emilie = await createMember(own.organization.id, { username: `emilie${tag}`, firstName: "Émilie", lastName: "Ørsted-Ünal" });
    for (const input of [{ search: "Émilie" }, { search: "Ørsted-Ün" }, { search: "ØRSTED-ÜN" }, { search: "Émilie", kind: "person" as const }]) {
      expect((await list(own, input)).map((i) => i.userId), JSON.stringify(input)).toEqual([emilie.user.id]);
    }
  });

  it("treats % and _ in a search as plain characters", async () => {
    expect(await list(team, { search: "%" })).toEqual([]);
    expect(await list(team, { search: "_" })).toEqual([]);
  });

  it("filters by role and by status", async () => {
    const admins = (await list(team, { role: "admin" })).map((i) => i.userId).sort();
    expect(admins).toEqual([team.admin.user.id, grace.user.id].sort());
    expect((await list(team, { role: "owner" })).map((i) => i.userId)).toEqual([team.owner.user.id]);
    expect((await list(team, { status: "disabled" })).map((i) => i.userId)).toEqual([disabled.user.id]);
    const enabled = await list(team, { status: "enabled" });
    expect(enabled).toHaveLength(6);
    expect(enabled.every((i) => i.enabled)).toBe(true);
  });

  it("filters system users from people", async () => {
    expect((await list(team, { kind: "system" })).map((i) => i.userId)).toEqual([bot.user.id]);
    expect((await list(team, { kind: "person" })).map((i) => i.userId)).not.toContain(bot.user.id);
    expect(await list(team, { kind: "person" })).toHaveLength(6);
  });

  it("a user disabled or enabled moves between the status filters at once", async () => {
    const actor = await actorFor(team.owner.member);
    await setUserDisabled({ actor, userId: ada.user.id, disabled: true });
    expect((await list(team, { status: "disabled" })).map((i) => i.userId).sort()).toEqual([disabled.user.id, ada.user.id].sort());
    await setUserDisabled({ actor, userId: ada.user.id, disabled: false });
    expect((await list(team, { status: "disabled" })).map((i) => i.userId)).toEqual([disabled.user.id]);
    expect((await list(team, { status: "enabled" })).map((i) => i.userId)).toContain(ada.user.id);
  });

  it("a renamed user is found by the new name and email at once, no longer by the old, in the whole list and in their groups", async () => {
    const m = await createMember(team.organization.id, { username: `before${tag}`, firstName: "Before", lastName: `Rename${tag}`, email: `before.${tag}@example.test` });
    const owner = await actorFor(team.owner.member);
    const group = await createGroup({ actor: owner, input: { name: `renamed${tag}` } });
    await changeGroupMembers({ actor: owner, input: { groupId: group.id, users: [m.user.id, ada.user.id] }, change: "add" });
    expect((await list(team, { groupId: group.id, search: `rename${tag}` })).map((i) => i.userId)).toEqual([m.user.id]);
    await updateMember({ actor: owner, input: { userId: m.user.id, username: `after${tag}`, lastName: `Changed${tag}`, email: `after.${tag}@example.test` } });
    for (const scope of [{}, { groupId: group.id }]) {
      for (const term of [`after${tag}`, `changed${tag}`, `after.${tag}@`]) {
        expect((await list(team, { ...scope, search: term })).map((i) => i.userId), term).toEqual([m.user.id]);
      }
      for (const term of [`before${tag}`, `rename${tag}`, `before.${tag}@`]) expect(await list(team, { ...scope, search: term }), term).toEqual([]);
    }
    await db.member.delete({ where: { id: m.member.id } });
  });

  it("names each member's groups (A to Z) and workspaces as they are named now: a rename shows at once, a deleted one is gone", async () => {
    const owner = await actorFor(team.owner.member);
    const m = await createMember(team.organization.id, { username: `named${tag}` });
    const [zulu, alpha] = [await createGroup({ actor: owner, input: { name: `zulu${tag}` } }), await createGroup({ actor: owner, input: { name: `alpha${tag}` } })];
    for (const group of [zulu, alpha]) await changeGroupMembers({ actor: owner, input: { groupId: group.id, users: [m.user.id] }, change: "add" });
    const ws = await createWorkspace({ actor: owner, input: { name: `stage${tag}` } });
    await updateMember({ actor: owner, input: { userId: m.user.id, workspaceAccess: { all: false, grants: [{ workspace: ws.name, role: "operator" }] } } });
    const named = async () => {
      const item = (await list(team, { search: `named${tag}` }))[0]!;
      return { groups: item.groups.map((g) => g.name), scope: item.access.scope };
    };
    expect(await named()).toEqual({ groups: [`alpha${tag}`, `zulu${tag}`], scope: `stage${tag} as operator` });

    await updateGroup({ actor: owner, input: { groupId: zulu.id, name: `able${tag}` } });
    expect(await named()).toEqual({ groups: [`able${tag}`, `alpha${tag}`], scope: `stage${tag} as operator` });
    await updateWorkspace({ actor: owner, input: { workspaceId: ws.id, name: `live${tag}` } });
    expect(await named()).toEqual({ groups: [`able${tag}`, `alpha${tag}`], scope: `live${tag} as operator` });
    expect((await getMember({ actor: owner, userId: m.user.id })).groups.map((g) => g.name)).toEqual([`able${tag}`, `alpha${tag}`]);

    await deleteGroup({ actor: owner, groupId: alpha.id });
    await deleteWorkspace({ actor: owner, workspaceId: ws.id });
    expect(await named()).toEqual({ groups: [`able${tag}`], scope: "No workspace" });
    await db.member.delete({ where: { id: m.member.id } });
  });

  it("lists a group's members in the list's order, whatever order they joined in, and pages them by keyset", async () => {
    const actor = await actorFor(team.owner.member);
    const group = await createGroup({ actor, input: { name: `order${tag}` } });
    // Joined newest member first: the list still shows them oldest first, as the whole list does.
    const joining = [bot, disabled, grace, ada];
    for (const m of joining) await changeGroupMembers({ actor, input: { groupId: group.id, users: [m.user.id] }, change: "add" });
    const inOrder = (await list(team)).map((i) => i.userId).filter((id) => joining.some((m) => m.user.id === id));
    expect((await list(team, { groupId: group.id })).map((i) => i.userId)).toEqual(inOrder);
    const first = await list(team, { groupId: group.id, limit: 2 });
    const rest = await list(team, { groupId: group.id, cursor: first.at(-1)!.id });
    expect([...first, ...rest].map((i) => i.userId)).toEqual(inOrder);
    expect((await list(team, { groupId: group.id, search: `hopper` })).map((i) => i.userId)).toEqual([grace.user.id]);
  });

  it("pages by keyset: consecutive pages are disjoint, ordered, and together are the whole list", async () => {
    const all = await list(team);
    const seen: string[] = [];
    let cursor: string | undefined;
    for (;;) {
      const page = await list(team, { limit: 3, ...(cursor ? { cursor } : {}) });
      if (page.length === 0) break;
      expect(page.length).toBeLessThanOrEqual(3);
      for (const item of page) expect(seen).not.toContain(item.id);
      seen.push(...page.map((i) => i.id));
      cursor = page.at(-1)!.id;
    }
    expect(seen).toEqual(all.map((i) => i.id));
    expect(seen).toHaveLength(7);
  });

  it("ignores a cursor from another organization (an empty page, no leak)", async () => {
    const elsewhere = await createTeam();
    expect(await list(team, { cursor: elsewhere.member.member.id })).toEqual([]);
  });

  it("needs member:read: plain members are refused", async () => {
    const member = await actorFor(team.member.member);
    await expect(listMembers({ actor: member, input: ZListMembersInput.parse({}) })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("accepts limit up to 1000 and answers 400 above, through the procedure", async () => {
    const { key } = await insertApiKey(team.admin.user.id, team.organization.id);
    const caller = createCaller(createContext({ headers: new Headers({ authorization: `Bearer ${key}` }) }));
    expect(await caller.user.all({ limit: 1000 })).toHaveLength(7);
    await expect(caller.user.all({ limit: 1001 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.user.all({ limit: 0 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await caller.user.all()).toHaveLength(7);
  });
});

describe("user.one", () => {
  it("shows effective permissions with every source: role, flags, groups and workspace roles", async () => {
    const team = await createTeam();
    await db.member.update({ where: { id: team.member.member.id }, data: { grants: ["project:create"], workspaceRole: "operator" } });
    const group = await db.group.create({
      data: { organizationId: team.organization.id, name: unique("deployers"), gid: 1000, grants: ["project:create", "docker:access"], workspaceRole: "developer" },
    });
    await db.groupMember.create({ data: { groupId: group.id, memberId: team.member.member.id } });
    const workspace = await db.workspace.create({ data: { organizationId: team.organization.id, name: unique("prod") } });
    await db.memberWorkspaceGrant.create({ data: { memberId: team.member.member.id, workspaceId: workspace.id, role: "manager" } });

    const detail = await getMember({ actor: await actorFor(team.admin.member), userId: team.member.user.id });
    expect(detail).toMatchObject({
      userId: team.member.user.id,
      role: "member",
      flags: { canCreateProjects: true, canAccessToDocker: false },
      grants: ["project:create"],
      groups: [{ id: group.id, name: group.name, gid: 1000 }],
      workspaceAccess: { all: true, role: "operator", grants: [{ workspaceId: workspace.id, workspace: workspace.name, role: "manager" }] },
      organizationCount: 1,
    });
    const find = (permission: string, scope: string) =>
      detail.effectivePermissions.find((e) => e.permission === permission && e.scope.type === scope);
    // project:create comes from the member's own flag and from the group.
    expect(find("project:create", "organization")?.sources).toEqual([
      { kind: "grant", flag: "canCreateProjects" },
      { kind: "group", groupId: group.id, groupName: group.name },
    ]);
    expect(find("docker:access", "organization")?.sources).toEqual([{ kind: "group", groupId: group.id, groupName: group.name }]);
    expect(find("workflow:run", "allWorkspaces")?.sources).toEqual([
      { kind: "workspaceRole", role: "operator", via: "member" },
      { kind: "workspaceRole", role: "developer", via: { groupId: group.id, groupName: group.name } },
    ]);
    expect(find("workflow:admin", "workspace")).toMatchObject({
      scope: { type: "workspace", workspaceId: workspace.id },
      sources: [{ kind: "workspaceRole", role: "manager", via: "member" }],
    });
    expect(find("member:read", "organization")).toBeUndefined();

    const admin = await getMember({ actor: await actorFor(team.admin.member), userId: team.admin.user.id });
    expect(admin.effectivePermissions.find((e) => e.permission === "member:delete")?.sources).toEqual([{ kind: "role", role: "admin" }]);
  });

  it("lets anyone read themselves, admins read anyone in their organization, and members nobody else", async () => {
    const team = await createTeam();
    const member = await actorFor(team.member.member);
    expect((await getMember({ actor: member, userId: team.member.user.id })).userId).toBe(team.member.user.id);
    await expect(getMember({ actor: member, userId: team.admin.user.id })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await actorFor(team.admin.member);
    expect((await getMember({ actor: admin, userId: team.owner.user.id })).role).toBe("owner");
  });

  it("answers 404 for a user of another organization, to admins and members alike", async () => {
    const team = await createTeam();
    const elsewhere = await createTeam();
    for (const who of [team.owner, team.member]) {
      await expect(getMember({ actor: await actorFor(who.member), userId: elsewhere.admin.user.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    await expect(getMember({ actor: await actorFor(team.owner.member), userId: randomUUID() })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("user.all filtered by access", () => {
  it("moves a member between no access and chosen workspaces as their grants come and go, whatever removes them", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    await createWorkspace({ actor: admin, input: { name: "prod" } });
    const person = await createMember(team.organization.id);
    const ids = async (access: "none" | "per-workspace") => (await list(team, { access })).map((i) => i.userId);
    const where = async () => ({ none: (await ids("none")).includes(person.user.id), chosen: (await ids("per-workspace")).includes(person.user.id) });
    // The list shows the grants themselves, as they are now.
    const listedScope = async () => (await list(team, {})).find((i) => i.userId === person.user.id)?.access.scope;
    const access = (workspaceAccess: { all: boolean; grants?: { workspace: string; role: "developer" | "viewer" }[] }) =>
      updateMember({ actor: admin, input: { userId: person.user.id, workspaceAccess } });

    expect(await where()).toEqual({ none: false, chosen: false }); // every workspace, as viewer
    await access({ all: false });
    expect(await where()).toEqual({ none: true, chosen: false });
    await access({ all: false, grants: [{ workspace: "ops", role: "developer" }, { workspace: "prod", role: "viewer" }] });
    expect(await where()).toEqual({ none: false, chosen: true });
    expect(await listedScope()).toBe("ops as developer, prod as viewer");
    await access({ all: false, grants: [{ workspace: "ops", role: "viewer" }] });
    expect(await where()).toEqual({ none: false, chosen: true });
    expect(await listedScope()).toBe("ops as viewer");
    // Deleting the workspace of their last grant leaves them with none.
    await deleteWorkspace({ actor: admin, workspaceId: "ops" });
    expect(await where()).toEqual({ none: true, chosen: false });
    await access({ all: false, grants: [{ workspace: "prod", role: "viewer" }] });
    await access({ all: true });
    expect(await where()).toEqual({ none: false, chosen: false });
    await access({ all: false });
    expect(await where()).toEqual({ none: true, chosen: false });
  });
});

describe("user.all filtered by workspace", () => {
  it("lists the members who can reach the workspace: admins, all-workspace access, their own grant, or a group's", async () => {
    const team = await createTeam();
    const ops = await db.workspace.create({ data: { organizationId: team.organization.id, name: "ops" } });
    const prod = await db.workspace.create({ data: { organizationId: team.organization.id, name: "prod" } });
    const selected = async (grant: string | null) => {
      const person = await createMember(team.organization.id);
      await db.member.update({
        where: { id: person.member.id },
        data: { allWorkspaces: false, ...(grant ? { workspaceGrants: { create: { workspaceId: grant, role: "operator" } } } : {}) },
      });
      return person;
    };
    const inOps = await selected(ops.id);
    const inProd = await selected(prod.id);
    const viaGroup = await selected(null);
    await db.group.create({
      data: {
        organizationId: team.organization.id,
        name: "ops-team",
        gid: 1000,
        members: { create: { memberId: viaGroup.member.id } },
        workspaceGrants: { create: { workspaceId: ops.id, role: "developer" } },
      },
    });
    // team.member has the default: every workspace as viewer.
    const expected = [team.owner, team.admin, team.member, inOps, viaGroup].map((p) => p.user.id).sort();
    expect((await list(team, { workspace: "ops" })).map((i) => i.userId).sort()).toEqual(expected);
    expect((await list(team, { workspace: ops.id })).map((i) => i.userId).sort()).toEqual(expected);
    expect((await list(team, { workspace: "prod" })).map((i) => i.userId)).toContain(inProd.user.id);
    expect((await list(team, { workspace: "prod" })).map((i) => i.userId)).not.toContain(inOps.user.id);
    // A group's grant reaches its own workspace only; a group's role in every workspace reaches all.
    expect((await list(team, { workspace: "prod" })).map((i) => i.userId)).not.toContain(viaGroup.user.id);
    const everywhere = await selected(null);
    await db.group.create({
      data: { organizationId: team.organization.id, name: "readers", gid: 1001, workspaceRole: "viewer", members: { create: { memberId: everywhere.member.id } } },
    });
    for (const workspace of ["ops", "prod"]) expect((await list(team, { workspace })).map((i) => i.userId)).toContain(everywhere.user.id);
    const other = await createTeam();
    const theirs = await db.workspace.create({ data: { organizationId: other.organization.id, name: "secret" } });
    await expect(list(team, { workspace: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
