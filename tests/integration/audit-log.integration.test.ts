import { describe, expect, it } from "vitest";
import type { Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { exportAuditCsv } from "@/server/services/audit/export-audit-csv";
import { getAuditEvent, listAuditEvents } from "@/server/services/audit/list-audit-events";
import { currentAuditKey } from "@/server/services/audit/audit-keys";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { changeGroupMembers } from "@/server/services/groups/change-group-members";
import { createGroup } from "@/server/services/groups/create-group";
import { deleteGroup } from "@/server/services/groups/delete-group";
import { updateGroup } from "@/server/services/groups/update-group";
import { revokeOtherSessions } from "@/server/services/sessions/revoke-other-sessions";
import { revokeSession } from "@/server/services/sessions/revoke-session";
import { createUser } from "@/server/services/users/create-user";
import { resetUserPassword } from "@/server/services/users/reset-user-password";
import { revokeUserSessions } from "@/server/services/users/revoke-user-sessions";
import { setUserDisabled } from "@/server/services/users/set-user-disabled";
import { updateMemberDetail } from "@/server/services/users/update-member";
import { upsertUser } from "@/server/services/users/upsert-user";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { deleteWorkspace } from "@/server/services/workspaces/delete-workspace";
import { updateWorkspace } from "@/server/services/workspaces/update-workspace";
import { insertSession } from "../support/api-keys";
import { actorFor, createTeam, unique } from "../support/factories";

const list = (actor: Actor, input: Partial<Parameters<typeof listAuditEvents>[0]["input"]> = {}) => listAuditEvents({ actor, input: { limit: 50, ...input } });

async function text(lines: AsyncIterable<string>) {
  let out = "";
  for await (const line of lines) out += line;
  return out;
}

describe("every issue-4 mutation writes exactly one audit event, in its organization", () => {
  it("appends one event per call, with the action named after the procedure", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const orgId = team.organization.id;
    const seq = async () => (await db.organization.findUniqueOrThrow({ where: { id: orgId } })).auditSeq;
    const ids: Record<string, string> = {};
    const steps: [string, () => Promise<unknown>][] = [
      ["workspace.create", async () => (ids.ws = (await createWorkspace({ actor: owner, input: { name: "ops" } })).id)],
      ["workspace.rename", () => updateWorkspace({ actor: owner, input: { workspaceId: ids.ws!, name: "operations" } })],
      ["workspace.update", () => updateWorkspace({ actor: owner, input: { workspaceId: ids.ws!, description: "Ops" } })],
      ["group.create", async () => (ids.group = (await createGroup({ actor: owner, input: { name: "devs" } })).id)],
      ["group.update", () => updateGroup({ actor: owner, input: { groupId: ids.group!, description: "Developers" } })],
      ["group.addUsers", () => changeGroupMembers({ actor: owner, input: { groupId: ids.group!, users: [team.member.user.id] }, change: "add" })],
      ["group.removeUsers", () => changeGroupMembers({ actor: owner, input: { groupId: ids.group!, users: [team.member.user.id] }, change: "remove" })],
      ["user.create", async () => (ids.user = (await createUser({ actor: owner, input: { username: unique("u"), password: "min-8-chars", role: "viewer", workspaceAccess: { all: true }, system: false } })).userId)],
      ["user.updateMember", () => updateMemberDetail({ actor: owner, input: { userId: ids.user!, role: "developer" } })],
      ["user.upsert", () => upsertUser({ actor: owner, input: { id: `${unique("c")}@example.com`, name: "C", roles: ["USER"] } })],
      ["user.disable", () => setUserDisabled({ actor: owner, userId: ids.user!, disabled: true })],
      ["user.enable", () => setUserDisabled({ actor: owner, userId: ids.user!, disabled: false })],
      ["user.resetPassword", () => resetUserPassword({ actor: owner, userId: ids.user!, password: "another-password" })],
      ["user.revokeSessions", async () => (await insertSession(ids.user!), revokeUserSessions({ actor: owner, userId: ids.user! }))],
      ["session.revoke", async () => revokeSession({ actor: owner, sessionId: (await insertSession(team.owner.user.id)).id })],
      ["session.revokeOthers", async () => (await insertSession(team.owner.user.id), revokeOtherSessions({ actor: owner }))],
      ["group.delete", () => deleteGroup({ actor: owner, groupId: ids.group! })],
      ["workspace.delete", () => deleteWorkspace({ actor: owner, workspaceId: ids.ws! })],
    ];
    for (const [action, run] of steps) {
      const before = await seq();
      await run();
      const events = await db.auditEvent.findMany({ where: { organizationId: orgId, seq: { gt: before } } });
      expect(events.map((e) => e.action), action).toEqual([action]);
      expect(events[0]).toMatchObject({ actorUserId: team.owner.user.id, actorName: team.owner.user.username, ip: "127.0.0.1", userAgent: "vitest" });
    }
    await expect(verifyAuditChain({ actor: owner })).resolves.toMatchObject({ valid: true, firstBroken: null, checked: steps.length });
  });
});

describe("audit.list, audit.get and the CSV export", () => {
  it("filters by actor, action, target and time, and pages newest first by keyset", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const admin = await actorFor(team.admin.member);
    for (let i = 0; i < 5; i++) await createWorkspace({ actor: owner, input: { name: `ws${i}` } });
    const group = await createGroup({ actor: admin, input: { name: "g" } });

    const first = await list(owner, { limit: 2 });
    expect(first.items.map((e) => e.seq)).toEqual([6, 5]);
    const second = await list(owner, { limit: 2, cursor: first.nextCursor! });
    expect(second.items.map((e) => e.seq)).toEqual([4, 3]);
    const last = await list(owner, { limit: 2, cursor: 3 });
    expect(last).toMatchObject({ items: [{ seq: 2 }, { seq: 1 }], nextCursor: null });

    expect((await list(owner, { actor: team.admin.user.username })).items.map((e) => e.action)).toEqual(["group.create"]);
    expect((await list(owner, { actor: team.owner.user.id, action: "workspace.create" })).items).toHaveLength(5);
    expect((await list(owner, { target: group.id })).items.map((e) => e.target.name)).toEqual(["g"]);
    expect((await list(owner, { target: "ws3" })).items).toHaveLength(1);
    expect((await list(owner, { from: new Date(Date.now() + 60_000).toISOString() })).items).toEqual([]);
    expect((await list(owner, { to: new Date(Date.now() + 60_000).toISOString() })).items).toHaveLength(6);
  });

  it("is readable by managers and canAccessAuditLog holders, not by other members; other organizations' events are 404", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const theirs = await createWorkspace({ actor: await actorFor(other.owner.member), input: { name: "x" } });
    const theirEvent = await db.auditEvent.findFirstOrThrow({ where: { organizationId: other.organization.id, targetId: theirs.id } });
    await expect(list(await actorFor(team.member.member))).rejects.toMatchObject({ code: "FORBIDDEN" });
    await db.member.update({ where: { id: team.member.member.id }, data: { workspaceRole: "manager" } });
    await expect(list(await actorFor(team.member.member))).resolves.toMatchObject({ items: [] });
    await db.member.update({ where: { id: team.member.member.id }, data: { workspaceRole: "viewer", grants: ["audit:read"] } });
    await expect(list(await actorFor(team.member.member))).resolves.toMatchObject({ items: [] });
    const admin = await actorFor(team.admin.member);
    await expect(getAuditEvent({ actor: admin, eventId: theirEvent.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await list(admin, { target: theirs.id })).items).toEqual([]);
    await expect(getAuditEvent({ actor: await actorFor(other.admin.member), eventId: theirEvent.id })).resolves.toMatchObject({ action: "workspace.create" });
  });

  it("exports CSV with a header, every matching event, and formulas defused", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    await createGroup({ actor: owner, input: { name: "g1" } });
    // A user agent is whatever the client sent: here, a formula.
    await createWorkspace({ actor: { ...owner, request: { ip: "127.0.0.1", userAgent: '=HYPERLINK("http://evil")' } }, input: { name: "ops" } });
    const csv = await text(exportAuditCsv({ actor: owner, filters: {} }));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines[0]).toBe('"seq","time","actor","actorUserId","apiKeyId","action","targetType","targetId","targetName","before","after","ip","userAgent","hash"');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^2,"[^"]+","[^"]+",.*"workspace.create"/);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(csv).not.toContain(',"=HYPERLINK');
    const onlyGroups = await text(exportAuditCsv({ actor: owner, filters: { action: "group.create" } }));
    expect(onlyGroups.trimEnd().split("\r\n")).toHaveLength(2);
    expect(() => exportAuditCsv({ actor: { ...owner, permissions: new Set() }, filters: {} })).toThrow(/audit:read/);
  });
});

describe("audit.verify", () => {
  async function chainOf(length: number) {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    for (let i = 0; i < length; i++) await createWorkspace({ actor: owner, input: { name: `ws${i}` } });
    return { team, owner };
  }

  it("reports an intact chain", async () => {
    const { owner } = await chainOf(4);
    await expect(verifyAuditChain({ actor: owner })).resolves.toEqual({
      valid: true,
      checked: 4,
      headSeq: 4,
      fromSeq: 1,
      toSeq: 4,
      complete: true,
      firstBroken: null,
      eras: [{ era: currentAuditKey().era, fromSeq: 1, toSeq: 4, current: true }],
    });
  });

  it("detects an event edited in the database, at its sequence number", async () => {
    const { team, owner } = await chainOf(5);
    await db.$executeRaw`UPDATE audit_event SET after = '{"name":"innocent"}'::jsonb WHERE "organizationId" = ${team.organization.id} AND seq = 3`;
    await expect(verifyAuditChain({ actor: owner })).resolves.toMatchObject({ valid: false, checked: 2, firstBroken: { seq: 3, reason: expect.stringContaining("altered") } });
  });

  it("detects an edited actor name, and deleted events", async () => {
    const { team, owner } = await chainOf(5);
    await db.$executeRaw`UPDATE audit_event SET "actorName" = 'someone-else' WHERE "organizationId" = ${team.organization.id} AND seq = 2`;
    await expect(verifyAuditChain({ actor: owner })).resolves.toMatchObject({ firstBroken: { seq: 2 } });
    await db.$executeRaw`DELETE FROM audit_event WHERE "organizationId" = ${team.organization.id} AND seq IN (1, 2)`;
    await expect(verifyAuditChain({ actor: owner })).resolves.toMatchObject({ firstBroken: { seq: 1, reason: expect.stringContaining("missing") } });
  });

  it("detects a deleted tail against the organization's head", async () => {
    const { team, owner } = await chainOf(4);
    await db.$executeRaw`DELETE FROM audit_event WHERE "organizationId" = ${team.organization.id} AND seq = 4`;
    await expect(verifyAuditChain({ actor: owner })).resolves.toMatchObject({ valid: false, checked: 3, firstBroken: { seq: 4 } });
  });
});
