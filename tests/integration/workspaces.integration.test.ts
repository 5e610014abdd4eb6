import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { deleteWorkspace } from "@/server/services/workspaces/delete-workspace";
import { listWorkspaces } from "@/server/services/workspaces/list-workspaces";
import { updateWorkspace } from "@/server/services/workspaces/update-workspace";
import { actorFor, createTeam } from "../support/factories";

const eventsOf = (organizationId: string, action: string) => db.auditEvent.findMany({ where: { organizationId, action }, orderBy: { seq: "asc" } });

describe("workspace.*", () => {
  it("creates, lists by name, renames and deletes, one audit event each", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const prod = await createWorkspace({ actor: admin, input: { name: "prod", description: "Production" } });
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    expect((await listWorkspaces({ actor: admin })).map((w) => w.name)).toEqual(["ops", "prod"]);

    const renamed = await updateWorkspace({ actor: admin, input: { workspaceId: "prod", name: "production" } });
    expect(renamed).toMatchObject({ id: prod.id, name: "production", description: "Production" });
    await deleteWorkspace({ actor: admin, workspaceId: prod.id });
    expect((await listWorkspaces({ actor: admin })).map((w) => w.name)).toEqual(["ops"]);

    expect(await eventsOf(team.organization.id, "workspace.create")).toHaveLength(2);
    const [rename] = await eventsOf(team.organization.id, "workspace.rename");
    expect(rename).toMatchObject({ targetId: prod.id, before: { name: "prod" }, after: { name: "production" } });
    const [deleted] = await eventsOf(team.organization.id, "workspace.delete");
    expect(deleted).toMatchObject({ targetName: "production", before: { name: "production", memberGrants: 0, groupGrants: 0 } });
  });

  it("answers 409 naming the field for a duplicate name, in create and in rename; other organizations may reuse it", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    await createWorkspace({ actor: admin, input: { name: "ops" } });
    const dev = await createWorkspace({ actor: admin, input: { name: "dev" } });
    await expect(createWorkspace({ actor: admin, input: { name: "ops" } })).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: [expect.stringContaining("ops")] } });
    await expect(updateWorkspace({ actor: admin, input: { workspaceId: dev.id, name: "ops" } })).rejects.toMatchObject({ code: "CONFLICT" });
    const other = await createTeam();
    await expect(createWorkspace({ actor: await actorFor(other.admin.member), input: { name: "ops" } })).resolves.toMatchObject({ name: "ops" });
  });

  it("writes no event for a rename to the same name", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const ws = await createWorkspace({ actor: admin, input: { name: "ops" } });
    await updateWorkspace({ actor: admin, input: { workspaceId: ws.id, name: "ops" } });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: { startsWith: "workspace.update" } } })).toBe(0);
  });

  it("deletes the grants in a deleted workspace", async () => {
    const team = await createTeam();
    const admin = await actorFor(team.admin.member);
    const ws = await createWorkspace({ actor: admin, input: { name: "ops" } });
    await db.memberWorkspaceGrant.create({ data: { memberId: team.member.member.id, workspaceId: ws.id, role: "developer" } });
    await deleteWorkspace({ actor: admin, workspaceId: "ops" });
    expect(await db.memberWorkspaceGrant.count({ where: { memberId: team.member.member.id } })).toBe(0);
  });

  it("refuses members (403) and hides other organizations' workspaces (404)", async () => {
    const team = await createTeam();
    const other = await createTeam();
    const ws = await createWorkspace({ actor: await actorFor(other.admin.member), input: { name: "theirs" } });
    const member = await actorFor(team.member.member);
    await expect(listWorkspaces({ actor: member })).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(createWorkspace({ actor: member, input: { name: "mine" } })).rejects.toMatchObject({ code: "FORBIDDEN" });
    const admin = await actorFor(team.admin.member);
    await expect(updateWorkspace({ actor: admin, input: { workspaceId: ws.id, name: "stolen" } })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWorkspace({ actor: admin, workspaceId: ws.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteWorkspace({ actor: admin, workspaceId: "theirs" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.workspace.count({ where: { id: ws.id } })).toBe(1);
  });
});
