// One organization on a real server, its owner's API key, members made straight in its database,
// and the audit counter and chain check that every burst of parallel writes is judged by.
import { expect } from "vitest";
import { auditCounter, burst, type Call } from "./bursts";
import { withOwner } from "./owner";
import { startRoster } from "./roster-server";

export type BusyOrganization = Awaited<ReturnType<typeof startBusyOrganization>>;

export async function startBusyOrganization() {
  const server = await startRoster();
  const { fx, organizationId, ownerId } = await withOwner(server);
  const { key } = await fx.insertApiKey(ownerId, organizationId, { name: "busy" });
  const audit = auditCounter(server.databaseUrl, organizationId);
  const headers = { authorization: `Bearer ${key}` };
  return {
    server,
    fx,
    organizationId,
    ownerId,
    key,
    headers,
    audit,
    /** Fires the calls at once with the owner's key (unless a call brings its own headers). */
    fire: (calls: Call[]) => burst(server.url, calls.map((c) => ({ ...c, headers: c.headers ?? headers }))),
    /** n members made straight in the database (fast: no hashing per member). */
    members: (n: number, stem: string) => Promise.all(Array.from({ length: n }, (_, i) => fx.createMember(organizationId, { username: `${stem}${i}` }))),
    /** The events the burst in `run` wrote, by action. */
    async eventsOf(run: () => Promise<unknown>) {
      const mark = await audit.mark();
      await run();
      return audit.since(mark);
    },
    /** The organization's audit chain verifies, with no gap. */
    async expectChainValid() {
      const res = await fetch(`${server.url}/api/audit.verify`, { headers });
      const body = (await res.json()) as { valid: boolean };
      expect(res.status).toBe(200);
      expect(body).toMatchObject({ valid: true });
    },
    stop: async () => {
      await audit.close();
      await fx.db.$disconnect();
      await server.stop();
    },
  };
}
