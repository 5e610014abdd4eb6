import { sql } from "./db";
import { logger } from "./logger";

// What every per-instance access cache shares (src/server/actor/access-cache.ts): one generation,
// so that one change empties them all, and the announcement other instances listen for
// (src/server/actor/access-notifications.ts). It sits beside db.ts so that auth.ts's hooks can
// announce what better-auth changes (sign-out, a switched organization) as services announce theirs.

export const ACCESS_CHANNEL = "roster_access_changed";

type Shared = { generation: { value: number }; listening: boolean };
// On globalThis: the server's own code and the app's bundles may load this file separately.
const globalForAccess = globalThis as unknown as { rosterAccess?: Shared };
export const shared: Shared = (globalForAccess.rosterAccess ??= { generation: { value: 0 }, listening: false });

/** This instance's caches forget everything they hold. */
export const bumpGeneration = () => {
  shared.generation.value += 1;
};

/** Tells every listening instance (this one included) that access changed. Never throws. */
export function announceAccessChange(send: (channel: string) => Promise<unknown>) {
  send(ACCESS_CHANNEL).catch((error: unknown) => logger().warn({ err: error }, "could not announce an access change; other instances see it when their caches expire"));
}

/**
 * Forget every cached access fact, here at once and on every instance by notification: after
 * revoking a key or a session, disabling or removing a user, switching a session's organization, or
 * changing grants.
 */
export function forgetCachedAccess() {
  bumpGeneration();
  announceAccessChange((channel) => sql.query("SELECT pg_notify($1, '')", [channel]));
}
