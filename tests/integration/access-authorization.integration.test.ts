import { beforeAll, describe, expect, it } from "vitest";
import type { Identity } from "@/server/actor/actor";
import { db } from "@/server/db";
import { createGroup } from "@/server/services/groups/create-group";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { insertSession } from "../support/api-keys";
import { callerAs } from "../support/caller";
import { actorFor, createMember, createTeam, unique } from "../support/factories";

// The authorization matrix of the administration procedures (workspaces, groups, people), through
// the router (schemas, middleware, services): owner, admin and member of organization A, an admin
// of organization B, and nobody.
// A's rows are 404 to B; lists answer B with B's rows only (checked: A's marker never appears).

type Who = "owner" | "admin" | "member" | "outsider" | "anonymous";
type Outcome = "ok" | "FORBIDDEN" | "NOT_FOUND" | "UNAUTHORIZED";
type Caller = ReturnType<typeof callerAs>;
type Case = {
  procedure: string;
  input: () => Promise<unknown>;
  call: (caller: Caller, input: never) => Promise<unknown>;
  expect?: Partial<Record<Who, Outcome>>;
};

let team: Awaited<ReturnType<typeof createTeam>>;
let marker: string;
const identities = {} as Record<Who, Identity | null>;

const freshMember = async () => (await createMember(team.organization.id)).user.id;
const freshWorkspace = async () => (await createWorkspace({ actor: await actorFor(team.owner.member), input: { name: unique(marker) } })).id;
const freshGroup = async () => (await createGroup({ actor: await actorFor(team.owner.member), input: { name: unique(marker) } })).id;
const SELF_SERVICE = { member: "ok", outsider: "ok" } as const;
const LIST = { outsider: "ok" } as const;

const cases: Case[] = [
  { procedure: "workspace.list", input: async () => undefined, call: (c) => c.workspace.list(), expect: LIST },
  { procedure: "workspace.create", input: async () => ({ name: unique("ws") }), call: (c, i) => c.workspace.create(i), expect: LIST },
  { procedure: "workspace.update", input: async () => ({ workspaceId: await freshWorkspace(), description: "x" }), call: (c, i) => c.workspace.update(i) },
  { procedure: "workspace.delete", input: async () => ({ workspaceId: await freshWorkspace() }), call: (c, i) => c.workspace.delete(i) },
  { procedure: "group.list", input: async () => undefined, call: (c) => c.group.list(), expect: LIST },
  { procedure: "group.get", input: async () => ({ groupId: await freshGroup() }), call: (c, i) => c.group.get(i) },
  { procedure: "group.create", input: async () => ({ name: unique("g") }), call: (c, i) => c.group.create(i), expect: LIST },
  { procedure: "group.update", input: async () => ({ groupId: await freshGroup(), description: "x" }), call: (c, i) => c.group.update(i) },
  { procedure: "group.upsert", input: async () => ({ name: unique("g"), description: "x" }), call: (c, i) => c.group.upsert(i), expect: LIST },
  { procedure: "group.delete", input: async () => ({ groupId: await freshGroup() }), call: (c, i) => c.group.delete(i) },
  { procedure: "group.addUsers", input: async () => ({ groupId: await freshGroup(), users: [await freshMember()] }), call: (c, i) => c.group.addUsers(i) },
  { procedure: "group.removeUsers", input: async () => ({ groupId: await freshGroup(), users: [await freshMember()] }), call: (c, i) => c.group.removeUsers(i) },
  {
    procedure: "user.create",
    input: async () => ({ username: unique("new"), password: "min-8-chars", role: "viewer", workspaceAccess: { all: true } }),
    call: (c, i) => c.user.create(i),
    expect: LIST,
  },
  { procedure: "user.upsert", input: async () => ({ id: `${unique("up")}@example.com`, name: "Up", roles: ["USER"] }), call: (c, i) => c.user.upsert(i), expect: LIST },
  { procedure: "user.updateMember", input: async () => ({ userId: await freshMember(), role: "developer" }), call: (c, i) => c.user.updateMember(i) },
  { procedure: "user.disable", input: async () => ({ userId: await freshMember() }), call: (c, i) => c.user.disable(i) },
  { procedure: "user.enable", input: async () => ({ userId: await freshMember() }), call: (c, i) => c.user.enable(i) },
  { procedure: "user.resetPassword", input: async () => ({ userId: await freshMember(), password: "min-8-chars" }), call: (c, i) => c.user.resetPassword(i) },
  { procedure: "user.revokeSessions", input: async () => ({ userId: await freshMember() }), call: (c, i) => c.user.revokeSessions(i) },
  { procedure: "user.unlock", input: async () => ({ userId: await freshMember() }), call: (c, i) => c.user.unlock(i) },
  { procedure: "authz.check", input: async () => ({ permission: "workflow:read", userId: await freshMember() }), call: (c, i) => c.authz.check(i) },
  { procedure: "authz.check (yourself)", input: async () => ({ permission: "workflow:read" }), call: (c, i) => c.authz.check(i), expect: SELF_SERVICE },
  { procedure: "audit.list", input: async () => undefined, call: (c) => c.audit.list(), expect: LIST },
  {
    procedure: "audit.get",
    input: async () => ({ eventId: (await db.auditEvent.findFirstOrThrow({ where: { organizationId: team.organization.id } })).id }),
    call: (c, i) => c.audit.get(i),
  },
  { procedure: "audit.verify", input: async () => undefined, call: (c) => c.audit.verify(), expect: LIST },
  { procedure: "session.list", input: async () => undefined, call: (c) => c.session.list(), expect: SELF_SERVICE },
  { procedure: "session.revokeOthers", input: async () => undefined, call: (c) => c.session.revokeOthers(), expect: SELF_SERVICE },
  {
    // Each caller revokes a session of A's member: only the member's own call finds it.
    procedure: "session.revoke (A's member's session)",
    input: async () => ({ sessionId: (await insertSession(team.member.user.id)).id }),
    call: (c, i) => c.session.revoke(i),
    expect: { owner: "NOT_FOUND", admin: "NOT_FOUND", member: "ok", outsider: "NOT_FOUND" },
  },
];

async function outcome(run: () => Promise<unknown>): Promise<{ outcome: Outcome; result?: unknown }> {
  try {
    return { outcome: "ok", result: await run() };
  } catch (error) {
    return { outcome: (error as { code: Outcome }).code };
  }
}

describe("authorization matrix of workspace.*, group.*, user.*, authz.check, audit.*, session.*", () => {
  beforeAll(async () => {
    team = await createTeam();
    marker = unique("orgA");
    const other = await createTeam();
    // Something of A's in every list, so that a leak would show.
    await freshWorkspace();
    await freshGroup();
    identities.owner = await actorFor(team.owner.member);
    identities.admin = await actorFor(team.admin.member);
    identities.member = await actorFor(team.member.member);
    identities.outsider = await actorFor(other.admin.member);
    identities.anonymous = null;
  });

  for (const testCase of cases) {
    it(testCase.procedure, async () => {
      const expected: Record<Who, Outcome> = { owner: "ok", admin: "ok", member: "FORBIDDEN", outsider: "NOT_FOUND", anonymous: "UNAUTHORIZED", ...testCase.expect };
      const actual = {} as Record<Who, Outcome>;
      for (const who of Object.keys(expected) as Who[]) {
        const input = await testCase.input();
        const { outcome: got, result } = await outcome(() => testCase.call(callerAs(identities[who]), input as never));
        actual[who] = got;
        if (who === "outsider" && got === "ok") expect(JSON.stringify(result)).not.toContain(marker);
      }
      expect(actual).toEqual(expected);
    });
  }
});
