import { describe, expect, it } from "vitest";
import { ALL_PERMISSIONS } from "@/lib/permissions";
import { db } from "@/server/db";
import { createGroup } from "@/server/services/groups/create-group";
import { upsertUser } from "@/server/services/users/upsert-user";
import { actorFor, createTeam, unique } from "../support/factories";

const upserts = (organizationId: string) => db.auditEvent.count({ where: { organizationId, action: "user.upsert" } });

describe("user.upsert (Conductor's create or update a user)", () => {
  it("creates by email, then updates, idempotently", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    await createGroup({ actor: owner, input: { name: "TechWriters", description: "A dedicated group for tech writers", workspaceRole: "manager" } });
    const email = `${unique("user")}@example.com`;

    const created = await upsertUser({ actor: owner, input: { id: email, name: "John Doe", roles: ["ADMIN"] } });
    expect(created).toMatchObject({ id: email, name: "John Doe", created: true, changed: true, groups: [], applicationUser: false });
    expect(created.roles).toEqual([{ name: "ADMIN", permissions: [...ALL_PERMISSIONS].sort().map((name) => ({ name })) }]);
    const member = await db.member.findFirstOrThrow({ where: { organizationId: team.organization.id, user: { email } } });
    expect(member.role).toBe("admin");

    const update = { id: email, name: "John Doe", roles: ["ADMIN" as const], groups: ["TechWriters"] };
    const updated = await upsertUser({ actor: owner, input: update });
    expect(updated).toMatchObject({ uuid: created.uuid, created: false, changed: true });
    expect(updated.groups).toEqual([
      {
        id: "TechWriters",
        uuid: expect.any(String),
        gid: 1000,
        description: "A dedicated group for tech writers",
        roles: [{ name: "manager", permissions: ["audit:read", "workflow:admin", "workflow:edit", "workflow:read", "workflow:run"].map((name) => ({ name })) }],
        permissions: [],
        defaultAccess: {},
        contactInformation: {},
      },
    ]);
    expect(await upserts(team.organization.id)).toBe(2);

    const again = await upsertUser({ actor: owner, input: update });
    expect(again).toMatchObject({ created: false, changed: false });
    expect({ ...again, changed: true }).toEqual(updated);
    expect(await upserts(team.organization.id)).toBe(2);
  });

  it("maps Conductor roles to member roles and changes them", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const email = `${unique("reader")}@example.com`;
    await upsertUser({ actor: admin, input: { id: email, name: "Reader", roles: ["USER_READ_ONLY"] } });
    const row = () => db.member.findFirstOrThrow({ where: { organizationId: team.organization.id, user: { email } }, select: { role: true, workspaceRole: true } });
    expect(await row()).toEqual({ role: "member", workspaceRole: "viewer" });
    await upsertUser({ actor: admin, input: { id: email, name: "Reader", roles: ["USER", "WORKFLOW_MANAGER"] } });
    expect(await row()).toEqual({ role: "member", workspaceRole: "manager" });
    const [event] = await db.auditEvent.findMany({ where: { organizationId: team.organization.id, action: "user.upsert" }, orderBy: { seq: "desc" }, take: 1 });
    expect(event).toMatchObject({ before: { workspaceRole: "viewer" }, after: { workspaceRole: "manager" } });
  });

  it("keeps the owner the owner when asked for ADMIN, and refuses to demote them", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const input = { id: team.owner.user.email, name: team.owner.user.name, roles: ["ADMIN" as const] };
    await expect(upsertUser({ actor: owner, input })).resolves.toMatchObject({ changed: false });
    await expect(upsertUser({ actor: owner, input: { ...input, roles: ["USER"] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("answers 403 to non-admins, 400 to unknown groups, 409 to an address it cannot use", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const input = { id: `${unique("x")}@example.com`, name: "X", roles: ["USER" as const] };
    await expect(upsertUser({ actor: await actorFor(team.member.member), input })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await actorFor(team.admin.member);
    await expect(upsertUser({ actor: admin, input: { ...input, groups: ["Nope"] } })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Nope") });
    // Another organization's account: a 409 that does not say another organization exists.
    const outside = await upsertUser({ actor: admin, input: { ...input, id: other.member.user.email } }).catch((error: unknown) => error);
    expect(outside).toMatchObject({ code: "CONFLICT", fieldErrors: { id: [(outside as Error).message] } });
    expect((outside as Error).message).toBe("That email address is not available: invite the person instead");
    expect((outside as Error).message).not.toMatch(/organization|account|outside|exists/i);
    await expect(upsertUser({ actor: admin, input: { ...input, roles: ["ADMIN"] } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await db.user.count({ where: { email: input.id } })).toBe(0);
  });

  it("derives a free username from the email", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const local = unique("dup");
    const a = await upsertUser({ actor: admin, input: { id: `${local}@one.example`, name: "A", roles: ["USER"] } });
    const b = await upsertUser({ actor: admin, input: { id: `${local}@two.example`, name: "B", roles: ["USER"] } });
    expect([a.username, b.username]).toEqual([local.toLowerCase(), `${local.toLowerCase()}2`]);
  });

  it("creates one user from two concurrent upserts of the same new email", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const input = { id: `${unique("race")}@example.com`, name: "Race", roles: ["USER" as const] };
    const results = await Promise.all([upsertUser({ actor: admin, input }), upsertUser({ actor: admin, input })]);
    expect(results.map((r) => r.created).sort()).toEqual([false, true]);
    expect(await db.user.count({ where: { email: input.id } })).toBe(1);
  });
});
