import { describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { listSessions } from "@/server/services/sessions/list-sessions";
import { revokeOtherSessions } from "@/server/services/sessions/revoke-other-sessions";
import { revokeSession } from "@/server/services/sessions/revoke-session";
import { insertSession } from "../support/api-keys";
import { actorFor, createTeam } from "../support/factories";

describe("session.*", () => {
  it("lists your live sessions, marks the current one and never shows a token", async () => {
    const team = await createTeam();
    const current = await insertSession(team.member.user.id, team.organization.id);
    await insertSession(team.member.user.id);
    await insertSession(team.admin.user.id);
    await db.session.create({
      data: { id: crypto.randomUUID(), userId: team.member.user.id, token: crypto.randomUUID(), expiresAt: new Date(Date.now() - 1000) },
    });
    const sessions = await listSessions({ actor: await actorFor(team.member.member, current.id), input: { limit: 100 } });
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current).map((s) => s.id)).toEqual([current.id]);
    expect(JSON.stringify(sessions)).not.toContain(current.token);
    expect(Object.keys(sessions[0]!).sort()).toEqual(["createdAt", "current", "expiresAt", "id", "ipAddress", "updatedAt", "userAgent"]);
  });

  it("revokes one of yours; someone else's is 404", async () => {
    const team = await createTeam();
    const mine = await insertSession(team.member.user.id);
    const theirs = await insertSession(team.admin.user.id);
    const actor = await actorFor(team.member.member);
    await expect(revokeSession({ actor, sessionId: theirs.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(revokeSession({ actor, sessionId: mine.id })).resolves.toEqual({ success: true, sessionId: mine.id });
    expect(await db.session.count({ where: { id: { in: [mine.id, theirs.id] } } })).toBe(1);
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: "session.revoke", targetId: mine.id } })).toBe(1);
  });

  it("revokes all your other sessions and keeps this one", async () => {
    const team = await createTeam();
    const current = await insertSession(team.member.user.id);
    await insertSession(team.member.user.id);
    await insertSession(team.member.user.id);
    const someoneElse = await insertSession(team.admin.user.id);
    const actor = await actorFor(team.member.member, current.id);
    await expect(revokeOtherSessions({ actor })).resolves.toEqual({ success: true, sessionsRevoked: 2 });
    expect((await db.session.findMany({ where: { userId: team.member.user.id } })).map((s) => s.id)).toEqual([current.id]);
    expect(await db.session.count({ where: { id: someoneElse.id } })).toBe(1);
    await expect(revokeOtherSessions({ actor })).resolves.toEqual({ success: true, sessionsRevoked: 0 });
    expect(await db.auditEvent.count({ where: { organizationId: team.organization.id, action: "session.revokeOthers" } })).toBe(1);
  });
});
