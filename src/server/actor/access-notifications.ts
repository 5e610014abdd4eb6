import pg from "pg";
import { config } from "@/server/config";
import { ACCESS_CHANNEL, announceAccessChange, bumpGeneration, shared } from "@/server/access-changes";
import { logger } from "@/server/logger";

// Instances tell one another about access changes through PostgreSQL's LISTEN/NOTIFY: the instance
// that revokes a key, disables a person or changes grants announces it; every instance listening
// empties its access caches as the notification arrives (milliseconds, not the caches' lifetime).
// While an instance's listening connection is down it cannot hear, so its caches fall back to the
// short lifetime; on reconnecting it empties them, since it may have missed something.

const CHANNEL = ACCESS_CHANNEL;
const RECONNECT_MS = [250, 1000, 5000];

export { announceAccessChange, bumpGeneration, shared };

/** Ends a connection whose events no longer matter. */
function close(client: pg.Client): Promise<void> {
  client.removeAllListeners();
  client.on("error", () => undefined);
  return client.end().catch(() => undefined);
}

/** Listens until the returned function is called, reconnecting after a drop. */
export function listenForAccessChanges(): () => Promise<void> {
  const log = logger();
  let client: pg.Client | null = null;
  let stopped = false;
  let failures = 0;
  let timer: NodeJS.Timeout | undefined;

  const dropped = (error?: unknown) => {
    if (!shared.listening && client === null) return;
    shared.listening = false;
    bumpGeneration();
    if (client) void close(client);
    client = null;
    if (stopped) return;
    if (error) log.warn({ err: error }, "access change notifications lost; caches keep their short lifetime until they are back");
    timer = setTimeout(connect, RECONNECT_MS[Math.min(failures++, RECONNECT_MS.length - 1)]);
  };

  const connect = () => {
    const next = new pg.Client({ connectionString: config.databaseUrl });
    client = next;
    next.on("error", dropped);
    next.on("end", () => dropped(new Error("the notification connection ended")));
    next.on("notification", bumpGeneration);
    next
      .connect()
      .then(() => next.query(`LISTEN ${CHANNEL}`))
      .then(() => {
        if (client !== next) return;
        failures = 0;
        // Whatever changed while nobody was listening is forgotten now.
        bumpGeneration();
        shared.listening = true;
      })
      .catch(dropped);
  };

  connect();
  return async () => {
    stopped = true;
    clearTimeout(timer);
    shared.listening = false;
    const current = client;
    client = null;
    if (current) await close(current);
  };
}
