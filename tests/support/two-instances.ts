import { afterAll, beforeAll, expect, vi } from "vitest";
import { startRoster, type RosterServer } from "./roster-server";
import { fixturesFor, type Fixtures } from "./server-fixtures";

export type TwoInstances = {
  first: RosterServer;
  second: RosterServer;
  fx: Fixtures;
  organizationId: string;
  /** The organization's owner, by API key. */
  owner: { apiKey: string };
  /** The backends of both instances' connections listening for access changes. */
  listenerPids(): Promise<number[]>;
  /** Waits until two instances listen, on connections other than `notAmong` (after a cut). */
  bothListening(notAmong?: number[]): Promise<void>;
};

/**
 * Two Roster instances of one database (registered as this file's beforeAll/afterAll), both
 * trusting cached access facts for two minutes: only the notification from the instance that made
 * a change can make the other one see it sooner. Its fields are set once beforeAll has run.
 */
export function twoInstancesOfOneDatabase(): TwoInstances {
  const env = { ROSTER_ACCESS_CACHE_SECONDS: "120" };
  const pair = {
    async listenerPids() {
      const rows = await pair.fx.db.$queryRawUnsafe<{ pid: number }[]>(
        `SELECT pid FROM pg_stat_activity WHERE query = 'LISTEN roster_access_changed' AND datname = current_database()`,
      );
      return rows.map((r) => r.pid);
    },
    async bothListening(notAmong: number[] = []) {
      await vi.waitFor(async () => expect((await pair.listenerPids()).filter((pid) => !notAmong.includes(pid))).toHaveLength(2), { timeout: 15_000, interval: 100 });
    },
  } as TwoInstances;

  beforeAll(async () => {
    pair.first = await startRoster({ env });
    pair.second = await startRoster({ databaseUrl: pair.first.databaseUrl, env });
    pair.fx = await fixturesFor(pair.first);
    pair.organizationId = (await pair.fx.createOrganization()).id;
    const o = await pair.fx.createMember(pair.organizationId, { role: "owner" });
    pair.owner = { apiKey: (await pair.fx.insertApiKey(o.user.id, pair.organizationId)).key };
    await pair.bothListening();
  });
  afterAll(async () => {
    await pair.fx?.db.$disconnect();
    await Promise.all([pair.first?.stop(), pair.second?.stop()]);
  });
  return pair;
}
