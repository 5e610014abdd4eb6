import { describe, expect, it } from "vitest";
import type { AuditRow } from "@/server/services/audit/audit-view";
import { checkHead, checkLink } from "@/server/services/audit/chain-link";
import { csvCell, csvRow } from "@/server/services/audit/csv";
import { eventHash } from "@/server/services/audit/event-hash";

const ORG = "org-1";

function chain(length: number): AuditRow[] {
  const rows: AuditRow[] = [];
  let prevHash: string | null = null;
  for (let seq = 1; seq <= length; seq++) {
    const fields = {
      organizationId: ORG,
      seq,
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, 0, seq)),
      actorUserId: "u1",
      actorName: "admin",
      apiKeyId: null,
      action: "group.create",
      targetType: "group",
      targetId: `g${seq}`,
      targetName: `group${seq}`,
      before: null,
      after: { name: `group${seq}`, nested: { b: 1, a: [1, 2] } },
      ip: "127.0.0.1",
      userAgent: "vitest",
      prevHash,
    };
    const hash = eventHash(fields);
    rows.push({ id: `e${seq}`, ...fields, hash });
    prevHash = hash;
  }
  return rows;
}

function firstBroken(rows: AuditRow[], head = { seq: rows.length, hash: rows.at(-1)?.hash ?? null }) {
  let last = { seq: 0, hash: null as string | null };
  for (const row of rows) {
    const broken = checkLink(ORG, row, last);
    if (broken) return broken;
    last = { seq: row.seq, hash: row.hash };
  }
  return checkHead(last, head);
}

describe("audit chain verification", () => {
  it("accepts an intact chain, whatever the key order of stored JSON", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, after: { nested: { a: [1, 2], b: 1 }, name: "group3" } };
    expect(firstBroken(rows)).toBeNull();
  });

  it("reports an altered event at its own sequence number", () => {
    const rows = chain(5);
    rows[2] = { ...rows[2]!, after: { name: "renamed" } };
    expect(firstBroken(rows)).toEqual({ seq: 3, reason: expect.stringContaining("altered") });
  });

  it("reports a rehashed event at the next one, whose previous hash no longer matches", () => {
    const rows = chain(5);
    const { id, hash: _old, ...fields } = rows[2]!;
    const forged = { ...fields, actorName: "someone-else" };
    rows[2] = { id, ...forged, hash: eventHash({ ...forged, organizationId: ORG }) };
    expect(firstBroken(rows)).toEqual({ seq: 4, reason: expect.stringContaining("event 3") });
  });

  it("reports a deleted event, and a deleted tail against the recorded head", () => {
    const rows = chain(5);
    expect(firstBroken([...rows.slice(0, 2), ...rows.slice(3)])).toEqual({ seq: 3, reason: expect.stringContaining("missing") });
    expect(firstBroken(rows.slice(0, 3), { seq: 5, hash: rows[4]!.hash })).toEqual({ seq: 4, reason: expect.stringContaining("missing") });
  });
});

describe("CSV cells", () => {
  it("quotes text, doubles quotes and defuses formulas", () => {
    expect(csvCell('say "hi", then go')).toBe('"say ""hi"", then go"');
    expect(csvCell("=HYPERLINK(\"http://evil\")")).toBe('"\'=HYPERLINK(""http://evil"")"');
    for (const start of ["+", "-", "@", "\t", "\r"]) expect(csvCell(`${start}1`)).toBe(`"'${start}1"`);
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
    expect(csvRow(["a", 1, null])).toBe('"a",1,\r\n');
  });
});
