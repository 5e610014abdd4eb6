import { describe, expect, it } from "vitest";
import type { AuditRow } from "@/server/services/audit/audit-view";
import type { AuditKey } from "@/server/services/audit/audit-keys";
import { CHAIN_START, checkHead, checkLink } from "@/server/services/audit/chain-link";
import { csvCell, csvRow } from "@/server/services/audit/csv";
import { eventHash } from "@/server/services/audit/event-hash";

const ORG = "org-1";
const KEY: AuditKey = { era: "era-one", secret: Buffer.from("the-server-audit-secret-0123456789abcdef") };
const KEYS = new Map([[KEY.era, KEY]]);

/** A chain of `length` events; the first `unsealed` of them from before the chain was keyed. */
function chain(length: number, unsealed = 0): AuditRow[] {
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
      keyEra: seq > unsealed ? KEY.era : null,
    };
    const hash = eventHash(fields, seq > unsealed ? KEY.secret : null);
    rows.push({ id: `e${seq}`, ...fields, hash });
    prevHash = hash;
  }
  return rows;
}

function firstBroken(rows: AuditRow[], head = { seq: rows.length, hash: rows.at(-1)?.hash ?? null }, keys = KEYS) {
  let last = CHAIN_START;
  for (const row of rows) {
    const broken = checkLink(ORG, row, last, keys);
    if (broken) return broken;
    last = { seq: row.seq, hash: row.hash, sealed: row.keyEra !== null };
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
    rows[2] = { id, ...forged, hash: eventHash({ ...forged, organizationId: ORG }, KEY.secret) };
    expect(firstBroken(rows)).toEqual({ seq: 4, reason: expect.stringContaining("event 3") });
  });

  it("refuses a whole chain re-sealed without the server's key, at its first event", () => {
    // Someone with write access to the database rewrites event 2 and recomputes every hash after it,
    // but cannot compute the HMAC: with any other secret the first rewritten event fails.
    const rows = chain(5);
    const forger: AuditKey = { era: KEY.era, secret: Buffer.from("a-guess-at-the-secret-0123456789abcdef") };
    let prevHash = rows[0]!.hash;
    for (let i = 1; i < rows.length; i++) {
      const { id, hash: _old, ...fields } = rows[i]!;
      const forged = { ...fields, prevHash, actorName: i === 1 ? "someone-else" : fields.actorName };
      rows[i] = { id, ...forged, hash: eventHash({ ...forged, organizationId: ORG }, forger.secret) };
      prevHash = rows[i]!.hash;
    }
    expect(firstBroken(rows)).toEqual({ seq: 2, reason: expect.stringContaining("do not match its seal") });
  });

  it("accepts unsealed events only before the sealed ones, and refuses an unsealed one after them", () => {
    expect(firstBroken(chain(5, 2))).toBeNull();
    const rows = chain(5);
    // Rewritten as an unsealed (plain SHA-256) event, which anyone can compute.
    const { id, hash: _old, ...fields } = rows[4]!;
    const forged = { ...fields, keyEra: null, actorName: "someone-else" };
    rows[4] = { id, ...forged, hash: eventHash({ ...forged, organizationId: ORG }, null) };
    expect(firstBroken(rows, { seq: 5, hash: rows[4]!.hash })).toEqual({ seq: 5, reason: expect.stringContaining("not sealed") });
  });

  it("names a key era this server does not hold instead of calling the event altered", () => {
    expect(firstBroken(chain(3), undefined, new Map())).toEqual({ seq: 1, reason: expect.stringContaining("ROSTER_AUDIT_PREVIOUS_SECRETS") });
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
