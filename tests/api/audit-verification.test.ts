import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { withOwner } from "../support/owner";
import { startRoster, type RosterServer } from "../support/roster-server";
import type { Fixtures } from "../support/server-fixtures";

// audit.verify, audit.startVerification and audit.getVerification over HTTP with Bearer keys: a
// range checked while the caller waits, a whole chain verified by the server's own worker, tampering
// found, bad input named by field, and another organization's verification not found.

describe("audit chain verification over HTTP", () => {
  let server: RosterServer;
  let api: ReturnType<typeof httpClient>;
  let fx: Fixtures;
  let organizationId: string;
  let owner: { bearer: string };
  let outsider: { bearer: string };

  beforeAll(async () => {
    server = await startRoster();
    const setup = await withOwner(server);
    ({ api, fx, organizationId } = setup);
    owner = { bearer: (await fx.insertApiKey(setup.ownerId, organizationId)).key };
    const other = await fx.createTeam();
    outsider = { bearer: (await fx.insertApiKey(other.owner.user.id, other.organization.id)).key };
    for (let i = 0; i < 6; i++) expect((await api.post("workspace.create", { name: `ws${i}` }, owner)).status).toBe(200);
  });
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
  });

  async function finished(id: string) {
    for (;;) {
      const res = await api.get("audit.getVerification", { verificationId: id }, owner);
      expect(res.status).toBe(200);
      if (res.body.status === "done" || res.body.status === "failed") return res.body;
      await new Promise((r) => setTimeout(r, 200));
    }
  }

  it("checks a range at once, and the whole chain in the background", async () => {
    const head = (await api.get("audit.verify", {}, owner)).body;
    expect(head).toMatchObject({ valid: true, complete: true, fromSeq: 1, checked: head.headSeq });
    const range = await api.get("audit.verify", { fromSeq: 2, toSeq: 4 }, owner);
    expect(range.status).toBe(200);
    expect(range.body).toMatchObject({ valid: true, checked: 3, fromSeq: 2, toSeq: 4, complete: false });

    const started = await api.post("audit.startVerification", {}, owner);
    expect(started.status).toBe(200);
    expect(started.body).toMatchObject({ status: "queued", requestedBy: { name: "owner" } });
    const done = await finished(started.body.id);
    expect(done).toMatchObject({ status: "done", valid: true, firstBroken: null });
    expect(done.checked).toBe(done.total);
    expect((await api.get("audit.getVerification", {}, owner)).body).toMatchObject({ id: started.body.id, status: "done" });
    const events = (await api.get("audit.list", { action: "audit.startVerification" }, owner)).body.items;
    expect(events).toMatchObject([{ target: { type: "auditVerification", id: started.body.id }, actor: { name: "owner" } }]);
  });

  it("answers 20 simultaneous starts with one verification, never an error", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => api.post("audit.startVerification", {}, owner)));
    expect(answers.map((a) => a.status)).toEqual(Array(20).fill(200));
    const ids = new Set(answers.map((a) => a.body.id));
    // Starts that overlap the running one are answered with it; at most a second begins after it ended.
    expect(ids.size).toBeLessThanOrEqual(2);
    for (const id of ids) expect(await finished(id as string)).toMatchObject({ status: "done", valid: true });
  });

  it("reports the event edited in the database as the first broken one", async () => {
    await fx.db.$executeRaw`UPDATE audit_event SET "targetName" = 'renamed' WHERE "organizationId" = ${organizationId} AND seq = 3`;
    const started = await api.post("audit.startVerification", {}, owner);
    expect(await finished(started.body.id)).toMatchObject({ status: "done", valid: false, checked: 2, firstBroken: { seq: 3, reason: expect.stringContaining("altered") } });
    expect((await api.get("audit.verify", { fromSeq: 1, toSeq: 5 }, owner)).body).toMatchObject({ valid: false, firstBroken: { seq: 3 } });
  });

  it("answers bad input with 400 naming the field", async () => {
    const cases: [Record<string, string | number>, string][] = [
      [{ fromSeq: 0 }, "fromSeq"],
      [{ fromSeq: "three" }, "fromSeq"],
      [{ fromSeq: 5, toSeq: 2 }, "toSeq"],
      [{ fromSeq: 1, toSeq: 20_001 }, "toSeq"],
      [{ fromSeq: 10_000 }, "fromSeq"],
      [{ verbose: 1 }, "verbose"],
    ];
    for (const [query, field] of cases) {
      const res = await api.get("audit.verify", query, owner);
      expect(res.status, JSON.stringify(query)).toBe(400);
      expect(res.body.data.fieldErrors, JSON.stringify(query)).toHaveProperty(field);
    }
    const extra = await api.post("audit.startVerification", { everything: true }, owner);
    expect(extra.status).toBe(400);
    const noId = await api.get("audit.getVerification", { verificationId: "" }, owner);
    expect(noId.status).toBe(400);
    expect(noId.body.data.fieldErrors).toHaveProperty("verificationId");
  });

  it("keeps each organization's verifications to itself: another's is not found", async () => {
    const mine = (await api.get("audit.getVerification", {}, owner)).body;
    const theirs = await api.get("audit.getVerification", { verificationId: mine.id }, outsider);
    expect(theirs.status).toBe(404);
    expect((await api.get("audit.getVerification", {}, outsider)).body).toBeNull();
  });
});
