// A server's first owner, set up over HTTP as a newcomer would, with fixtures for its database.
import { httpClient } from "./http";
import type { RosterServer } from "./roster-server";
import { fixturesFor } from "./server-fixtures";

export const OWNER = { username: "owner", password: "owner-password", email: "owner@example.test" };

/** Sets up the first owner over HTTP and returns the fixtures for the server's database. */
export async function withOwner(server: RosterServer) {
  const api = httpClient(server.url);
  const setup = await api.post("auth.setup", OWNER);
  if (setup.status !== 200) throw new Error(`setup failed: ${setup.status} ${JSON.stringify(setup.body)}`);
  const fx = await fixturesFor(server);
  const organization = await fx.db.organization.findFirstOrThrow({ select: { id: true } });
  const owner = await fx.db.user.findUniqueOrThrow({ where: { username: OWNER.username }, select: { id: true } });
  return { api, fx, organizationId: organization.id, ownerId: owner.id };
}
