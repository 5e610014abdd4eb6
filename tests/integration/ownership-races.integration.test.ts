import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { assignPermissions } from "@/server/services/users/assign-permissions";
import { removeMember } from "@/server/services/users/remove-member";
import { actorFor, createMember, createTeam } from "../support/factories";

const ownersOf = (organizationId: string) => db.member.findMany({ where: { organizationId, role: "owner" }, select: { userId: true } });

/** Settled results as "ok" or the domain error's code; anything else (a raw database error) stays visible. */
const outcome = (result: PromiseSettledResult<unknown>) =>
  result.status === "fulfilled" ? "ok" : result.reason instanceof AppError ? result.reason.code : `unexpected: ${String(result.reason)}`;

describe("ownership transfer under concurrency", () => {
  it("two concurrent transfers to different members: exactly one wins, and there is exactly one owner", async () => {
    const team = await createTeam();
    const other = await createMember(team.organization.id);
    const owner = await actorFor(team.owner.member);

    const results = await Promise.allSettled([
      assignPermissions({ actor: owner, input: { id: team.member.user.id, role: "owner" } }),
      assignPermissions({ actor: owner, input: { id: other.user.id, role: "owner" } }),
    ]);

    expect(results.map(outcome).sort()).toEqual(["FORBIDDEN", "ok"]);
    const winner = results.findIndex((r) => r.status === "fulfilled") === 0 ? team.member.user.id : other.user.id;
    expect(await ownersOf(team.organization.id)).toEqual([{ userId: winner }]);
    const previous = await db.member.findUniqueOrThrow({ where: { id: team.owner.member.id } });
    expect(previous.role).toBe("admin");
  });

  it("ten concurrent transfers from the same owner: one wins, nine are refused", async () => {
    const team = await createTeam();
    const candidates = await Promise.all(Array.from({ length: 10 }, () => createMember(team.organization.id)));
    const owner = await actorFor(team.owner.member);

    const results = await Promise.allSettled(candidates.map((c) => assignPermissions({ actor: owner, input: { id: c.user.id, role: "owner" } })));

    const outcomes = results.map(outcome);
    expect(outcomes.filter((o) => o === "ok")).toHaveLength(1);
    expect(outcomes.filter((o) => o === "FORBIDDEN")).toHaveLength(9);
    expect(await ownersOf(team.organization.id)).toHaveLength(1);
  });

  it("a transfer racing the removal of its target leaves one owner and answers with domain errors only", async () => {
    for (let round = 0; round < 5; round++) {
      const team = await createTeam();
      const target = await createMember(team.organization.id);
      const [owner, admin] = await Promise.all([actorFor(team.owner.member), actorFor(team.admin.member)]);

      const results = await Promise.allSettled([
        assignPermissions({ actor: owner, input: { id: target.user.id, role: "owner" } }),
        removeMember({ actor: admin, userId: target.user.id }),
      ]);

      const [transfer, removal] = results.map(outcome);
      // Either the transfer won (the new owner cannot be removed) or the removal did (nothing to transfer to).
      expect([
        ["ok", "CONFLICT"],
        ["ok", "FORBIDDEN"],
        ["NOT_FOUND", "ok"],
        ["CONFLICT", "ok"],
      ]).toContainEqual([transfer, removal]);
      const owners = await ownersOf(team.organization.id);
      expect(owners).toHaveLength(1);
      expect(owners[0]!.userId).toBe(transfer === "ok" ? target.user.id : team.owner.user.id);
    }
  });

  it("many concurrent transfers and removals never leave zero or two owners", async () => {
    const team = await createTeam();
    const members = await Promise.all(Array.from({ length: 12 }, () => createMember(team.organization.id)));
    const secondAdmin = await createMember(team.organization.id, { role: "admin" });
    const [owner, admin, admin2] = await Promise.all([
      actorFor(team.owner.member),
      actorFor(team.admin.member),
      actorFor(secondAdmin.member),
    ]);

    const calls = members.flatMap((m, i) => [
      assignPermissions({ actor: owner, input: { id: m.user.id, role: "owner" } }),
      removeMember({ actor: i % 2 ? admin : admin2, userId: m.user.id }),
    ]);
    // The current owner also tries to remove the old owner's fellow admins at the same time.
    calls.push(removeMember({ actor: owner, userId: secondAdmin.user.id }));
    const results = await Promise.allSettled(calls);

    for (const o of results.map(outcome)) expect(o).not.toMatch(/^unexpected/);
    const owners = await ownersOf(team.organization.id);
    expect(owners).toHaveLength(1);
    // The owner is a member of the organization whose account still exists.
    expect(await db.user.count({ where: { id: owners[0]!.userId } })).toBe(1);
  });
});
