import { beforeAll, describe, expect, it } from "vitest";
import { Prisma } from "@/generated/prisma/client";
import type { TAuditFilters } from "@/lib/schemas/audit";
import { db } from "@/server/db";
import { auditPageSql } from "@/server/services/audit/audit-page-query";
import { listAuditEvents } from "@/server/services/audit/list-audit-events";
import { actorFor, createTeam } from "../support/factories";
import { seedAuditEvents } from "../support/seed-audit-events";

// The audit log's plans: with enough events that PostgreSQL weighs its options as it does at
// millions, each filter is an ordered index walk of the audit table — never a sequential scan of it,
// never a sort — so its first page costs the same at any size (the figures at 5,000,000 events are
// in `npm run bench -- audit`).

const EVENTS = 30_000;
let organizationId: string;

type PlanNode = { "Node Type": string; "Relation Name"?: string; "Index Name"?: string; Plans?: PlanNode[] };

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)];
}

async function planOf(filters: TAuditFilters, cursor?: number) {
  const [row] = await db.$queryRaw<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(
    Prisma.sql`EXPLAIN (FORMAT JSON) ${auditPageSql(organizationId, filters, cursor, 51)}`,
  );
  return nodes(row!["QUERY PLAN"][0].Plan);
}

beforeAll(async () => {
  const team = await createTeam();
  organizationId = team.organization.id;
  // A second organization's events share the table, as they do in production.
  await seedAuditEvents(process.env.DATABASE_URL!, (await createTeam()).organization.id, 5_000, null);
  await seedAuditEvents(process.env.DATABASE_URL!, organizationId, EVENTS, null);
}, 120_000);

describe("audit.list's plans", () => {
  const cases: [string, TAuditFilters, string[]][] = [
    ["no filter", {}, ["audit_event_organizationId_createdAt_seq_idx"]],
    ["actor (id or username)", { actor: "actor7" }, ["audit_event_organizationId_actorUserId_createdAt_seq_idx", "audit_event_organizationId_actorName_createdAt_seq_idx"]],
    ["action", { action: "user.create" }, ["audit_event_organizationId_action_createdAt_seq_idx"]],
    ["target (id or name)", { target: "target42" }, ["audit_event_organizationId_targetId_createdAt_seq_idx", "audit_event_organizationId_targetName_createdAt_seq_idx"]],
    ["target type", { targetType: "group" }, ["audit_event_organizationId_targetType_createdAt_seq_idx"]],
    ["time range", { from: new Date(Date.now() - 20_000_000).toISOString(), to: new Date(Date.now() - 10_000_000).toISOString() }, ["audit_event_organizationId_createdAt_seq_idx"]],
  ];
  for (const [name, filters, indexes] of cases) {
    for (const page of ["first page", "a later page"] as const) {
      it(`${name}, ${page}: an ordered index walk, no sequential scan of the audit table and no sort`, async () => {
        const plan = await planOf(filters, page === "first page" ? undefined : EVENTS / 2);
        const onAudit = plan.filter((n) => n["Relation Name"] === "audit_event");
        expect(plan.map((n) => n["Node Type"])).not.toContain("Sort");
        expect(plan.map((n) => n["Node Type"])).not.toContain("Incremental Sort");
        expect(onAudit.map((n) => n["Node Type"])).not.toContain("Seq Scan");
        expect(onAudit.map((n) => n["Node Type"])).not.toContain("Bitmap Heap Scan");
        for (const index of indexes) expect(onAudit.map((n) => n["Index Name"])).toContain(index);
      });
    }
  }

  it("pages through a filter newest first without gaps or repeats, across the two columns it matches", async () => {
    const team = await createTeam();
    const owner = await actorFor(team.owner.member);
    const actor = { ...owner, organizationId };
    // actor7 is both a user id of some events (made so here) and the name on others.
    await db.$executeRaw`UPDATE audit_event SET "actorUserId" = 'actor7', "actorName" = 'someone' WHERE "organizationId" = ${organizationId} AND seq % 1000 = 3`;
    const seen: number[] = [];
    let cursor: number | undefined;
    for (;;) {
      const page = await listAuditEvents({ actor, input: { actor: "actor7", limit: 37, cursor } });
      seen.push(...page.items.map((e) => e.seq));
      if (page.nextCursor === null) break;
      cursor = page.nextCursor;
    }
    const expected = await db.auditEvent.findMany({
      where: { organizationId, OR: [{ actorUserId: "actor7" }, { actorName: "actor7" }] },
      orderBy: [{ createdAt: "desc" }, { seq: "desc" }],
      select: { seq: true },
    });
    expect(seen).toEqual(expected.map((e) => e.seq));
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThan(EVENTS / 200);
  });
});
