// Audit events in bulk, by SQL: for the audit benchmark (millions) and the tests of the list's plans.
import pg from "pg";
import { AUDIT_ACTIONS } from "@/lib/audit-actions";
import type { AuditKey } from "@/server/services/audit/audit-keys";

export const AUDIT_ACTORS = 200;
export const AUDIT_TARGETS = 50_000;

/**
 * `count` audit events for `organizationId` in SQL (a bulk load, not Roster's API). Event i is by
 * actor i % 200 (`bench-actor-<k>` / `actor<k>`), does action i % 46 to target i % 50,000
 * (`bench-target-<t>` / `target<t>`), one second after event i − 1, the last one a minute ago.
 *
 * With `key`, the events are chained and sealed exactly as Roster seals them: each row's canonical
 * JSON is built set-wise, and one PL/pgSQL pass in sequence order computes each HMAC-SHA256 over it
 * and the previous event's hash (pgcrypto); the organization's head is set to the last event.
 * Without it the hash columns hold placeholders (fine for reading; the chain does not verify).
 * The audit table's secondary indexes are dropped for the load and built again afterwards (unless
 * `dropIndexes` is false: a few events beside millions are quicker to add with the indexes in place).
 */
export async function seedAuditEvents(databaseUrl: string, organizationId: string, count: number, key: AuditKey | null, { dropIndexes = true } = {}) {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SET maintenance_work_mem = '512MB'");
    await client.query("SET work_mem = '256MB'");
    const { rows: indexes } = await client.query<{ name: string; def: string }>(
      `SELECT indexname AS name, indexdef AS def FROM pg_indexes
       WHERE tablename = 'audit_event' AND indexdef NOT LIKE 'CREATE UNIQUE%'`,
    );
    if (!dropIndexes) indexes.length = 0;
    for (const index of indexes) await client.query(`DROP INDEX "${index.name}"`);
    try {
      await load(client, organizationId, count, key);
    } finally {
      // A load that fails (say, into an organization that already has events) leaves the indexes as they were.
      for (const index of indexes) await client.query(index.def);
    }
    await client.query("VACUUM ANALYZE audit_event");
  } finally {
    await client.end();
  }
}

/** The events themselves, chained and sealed with `key` when given. */
async function load(client: pg.Client, organizationId: string, count: number, key: AuditKey | null) {
  await client.query(
    `CREATE TEMP TABLE audit_seed ON COMMIT PRESERVE ROWS AS
     SELECT i AS seq,
            date_trunc('milliseconds', now()::timestamp(3)) - make_interval(secs => $1::int - i + 60) AS "createdAt",
            'bench-actor-' || i % ${AUDIT_ACTORS} AS "actorUserId",
            'actor' || i % ${AUDIT_ACTORS} AS "actorName",
            ($2::text[])[1 + i % cardinality($2::text[])] AS action,
            split_part(($2::text[])[1 + i % cardinality($2::text[])], '.', 1) AS "targetType",
            'bench-target-' || i % ${AUDIT_TARGETS} AS "targetId",
            'target' || i % ${AUDIT_TARGETS} AS "targetName",
            '10.0.' || i % 250 || '.' || i % 199 AS ip
     FROM generate_series(1, $1::int) AS i`,
    [count, [...AUDIT_ACTIONS]],
  );
  const era = key?.era ?? null;
  const columns = `"id", "organizationId", seq, "createdAt", "actorUserId", "actorName", action, "targetType", "targetId", "targetName", after, ip, "userAgent", "keyEra", "prevHash", hash`;
  const values = `gen_random_uuid()::text, $1, s.seq, s."createdAt", s."actorUserId", s."actorName", s.action, s."targetType", s."targetId", s."targetName",
                  jsonb_build_object('name', s."targetName"), s.ip, 'bench', $2`;
  if (key) {
    await client.query("CREATE EXTENSION IF NOT EXISTS pgcrypto");
    // Roster's canonical JSON (keys sorted) up to "prevHash": and from "seq" on; the hash goes between.
    await client.query(
      `CREATE TEMP TABLE audit_seed_text ON COMMIT PRESERVE ROWS AS
       SELECT seq,
              '{"action":"' || action || '","actorName":"' || "actorName" || '","actorUserId":"' || "actorUserId" ||
              '","after":{"name":"' || "targetName" || '"},"apiKeyId":null,"before":null,"createdAt":"' ||
              to_char("createdAt", 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || '","ip":"' || ip || '","keyEra":"' || $2::text ||
              '","organizationId":"' || $1::text || '","prevHash":' AS head,
              ',"seq":' || seq || ',"targetId":"' || "targetId" || '","targetName":"' || "targetName" ||
              '","targetType":"' || "targetType" || '","userAgent":"bench"}' AS tail
       FROM audit_seed`,
      [organizationId, era],
    );
    await client.query(`
      CREATE FUNCTION pg_temp.audit_seed_chain(secret bytea) RETURNS TABLE (seq int, prev text, hash text) LANGUAGE plpgsql AS $$
      DECLARE
        r record;
        last text := NULL;
      BEGIN
        FOR r IN SELECT t.seq, t.head, t.tail FROM audit_seed_text t ORDER BY t.seq LOOP
          seq := r.seq;
          prev := last;
          last := encode(hmac(convert_to(r.head || coalesce('"' || last || '"', 'null') || r.tail, 'UTF8'), secret, 'sha256'), 'hex');
          hash := last;
          RETURN NEXT;
        END LOOP;
      END $$`);
    await client.query(
      `INSERT INTO audit_event (${columns})
       SELECT ${values}, c.prev, c.hash FROM audit_seed s JOIN pg_temp.audit_seed_chain($3) c ON c.seq = s.seq`,
      [organizationId, era, key.secret],
    );
  } else {
    await client.query(`INSERT INTO audit_event (${columns}) SELECT ${values}, NULL, md5(s.seq::text) FROM audit_seed s`, [organizationId, era]);
  }
  await client.query(
    `UPDATE organization SET "auditSeq" = $2, "auditHeadHash" = (SELECT hash FROM audit_event WHERE "organizationId" = $1 AND seq = $2) WHERE id = $1`,
    [organizationId, count],
  );
  await client.query("DROP TABLE IF EXISTS audit_seed, audit_seed_text");
}
