import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db";
import { currentAuditKey } from "@/server/services/audit/audit-keys";
import { getAuditVerification, startAuditVerification } from "@/server/services/audit/audit-verification";
import { runAuditVerification, startAuditVerificationWorker } from "@/server/services/audit/audit-verification-worker";
import { verifyAuditChain } from "@/server/services/audit/verify-audit-chain";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { actorFor, createTeam } from "../support/factories";

async function chainOf(length: number) {
  const team = await createTeam();
  const owner = await actorFor(team.owner.member);
  for (let i = 0; i < length; i++) await createWorkspace({ actor: owner, input: { name: `ws${i}` } });
  return { team, owner };
}

const tamper = (organizationId: string, seq: number) =>
  db.$executeRaw`UPDATE audit_event SET after = '{"name":"innocent"}'::jsonb WHERE "organizationId" = ${organizationId} AND seq = ${seq}`;

describe("audit.verify over a range", () => {
  it("checks fromSeq..toSeq from the event before it, and says the range was not the whole chain", async () => {
    const { owner } = await chainOf(6);
    await expect(verifyAuditChain({ actor: owner, input: { fromSeq: 3, toSeq: 5 } })).resolves.toEqual({
      valid: true,
      checked: 3,
      headSeq: 6,
      fromSeq: 3,
      toSeq: 5,
      complete: false,
      firstBroken: null,
      eras: [{ era: currentAuditKey().era, fromSeq: 3, toSeq: 5, current: true }],
    });
    await expect(verifyAuditChain({ actor: owner, input: { fromSeq: 4 } })).resolves.toMatchObject({ valid: true, checked: 3, toSeq: 6, complete: false });
    await expect(verifyAuditChain({ actor: owner })).resolves.toMatchObject({ valid: true, checked: 6, fromSeq: 1, toSeq: 6, complete: true });
  });

  it("finds an event altered inside the range, and reports a range after it as intact", async () => {
    const { team, owner } = await chainOf(6);
    await tamper(team.organization.id, 4);
    await expect(verifyAuditChain({ actor: owner, input: { fromSeq: 2, toSeq: 5 } })).resolves.toMatchObject({
      valid: false,
      checked: 2,
      firstBroken: { seq: 4, reason: expect.stringContaining("altered") },
    });
    await expect(verifyAuditChain({ actor: owner, input: { fromSeq: 5, toSeq: 6 } })).resolves.toMatchObject({ valid: true, checked: 2 });
  });

  it("refuses a range that starts after the latest event, naming fromSeq", async () => {
    const { owner } = await chainOf(2);
    await expect(verifyAuditChain({ actor: owner, input: { fromSeq: 3 } })).rejects.toMatchObject({ code: "BAD_REQUEST", fieldErrors: { fromSeq: [expect.stringContaining("#2")] } });
  });
});

describe("a full verification in the background", () => {
  let stopWorker: () => Promise<void>;
  beforeAll(async () => {
    stopWorker = await startAuditVerificationWorker();
  });
  afterAll(() => stopWorker());

  async function finished(actor: Parameters<typeof getAuditVerification>[0]["actor"], verificationId: string) {
    for (;;) {
      const v = await getAuditVerification({ actor, verificationId });
      if (v?.status === "done" || v?.status === "failed") return v;
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it("runs on the queue, stores its outcome with who asked, and is audited", async () => {
    const { team, owner } = await chainOf(5);
    await expect(getAuditVerification({ actor: owner })).resolves.toBeNull();
    const started = await startAuditVerification({ actor: owner });
    expect(started).toMatchObject({ status: "queued", requestedBy: { userId: team.owner.user.id, name: team.owner.user.username }, valid: null });
    const done = await finished(owner, started.id);
    // The start is itself event 6: the job checks the chain as it stands when it starts.
    expect(done).toMatchObject({ status: "done", valid: true, total: 6, checked: 6, firstBroken: null, error: null });
    expect(done?.finishedAt).toEqual(expect.any(String));
    await expect(getAuditVerification({ actor: owner })).resolves.toMatchObject({ id: started.id, status: "done" });
    const event = await db.auditEvent.findFirstOrThrow({ where: { organizationId: team.organization.id, seq: 6 } });
    expect(event).toMatchObject({ action: "audit.startVerification", actorUserId: team.owner.user.id, targetType: "auditVerification", targetId: started.id });
  });

  it("reports the first broken event after an event was edited in the database", async () => {
    const { team, owner } = await chainOf(8);
    await tamper(team.organization.id, 5);
    const started = await startAuditVerification({ actor: owner });
    await expect(finished(owner, started.id)).resolves.toMatchObject({
      status: "done",
      valid: false,
      checked: 4,
      firstBroken: { seq: 5, reason: expect.stringContaining("altered") },
    });
  });

  it("answers the verification already running instead of starting another", async () => {
    const { owner } = await chainOf(1);
    const [a, b] = await Promise.all([startAuditVerification({ actor: owner }), startAuditVerification({ actor: owner })]);
    expect(b.id).toBe(a.id);
    await finished(owner, a.id);
  });

  it("shows its progress while it runs: events checked out of the total", async () => {
    const { team, owner } = await chainOf(9);
    // Queued straight in the table, so that this test runs it rather than the worker.
    const row = await db.auditVerification.create({ data: { organizationId: team.organization.id, requestedByName: "test" } });
    const seen: { status: string; checked: number; total: number }[] = [];
    await runAuditVerification(row.id, {
      batchSize: 3,
      progressEveryMs: 0,
      afterProgress: async () => {
        const v = (await getAuditVerification({ actor: owner }))!;
        seen.push({ status: v.status, checked: v.checked, total: v.total });
      },
    });
    expect(seen).toEqual([
      { status: "running", checked: 3, total: 9 },
      { status: "running", checked: 6, total: 9 },
      { status: "running", checked: 9, total: 9 },
      { status: "running", checked: 9, total: 9 },
    ]);
    await expect(getAuditVerification({ actor: owner })).resolves.toMatchObject({ status: "done", valid: true, checked: 9 });
  });

  it("another organization's verification is not found", async () => {
    const { owner } = await chainOf(1);
    const other = await createTeam();
    const started = await startAuditVerification({ actor: owner });
    await expect(getAuditVerification({ actor: await actorFor(other.owner.member), verificationId: started.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getAuditVerification({ actor: await actorFor(other.owner.member) })).resolves.toBeNull();
    await finished(owner, started.id);
  });
});
