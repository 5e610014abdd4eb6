import { db } from "@/server/db";

const INTERVAL_MS = 60_000;
const lastWritten = new Map<string, number>();

/**
 * Keeps a key's last use (lastUsedAt) to the minute without a write on every request: at most one
 * UPDATE per key per minute per instance, off the request's path.
 */
export function touchLastUsed(keyId: string) {
  const now = Date.now();
  if ((lastWritten.get(keyId) ?? 0) > now - INTERVAL_MS) return;
  lastWritten.set(keyId, now);
  if (lastWritten.size > 50_000) lastWritten.clear();
  db.$executeRaw`UPDATE apikey SET "lastRequest" = (now() AT TIME ZONE 'UTC')
                 WHERE id = ${keyId} AND ("lastRequest" IS NULL OR "lastRequest" < (now() AT TIME ZONE 'UTC') - interval '60 seconds')`.catch(
    (error: unknown) => console.error("[roster] could not record an API key's last use:", error instanceof Error ? error.message : error),
  );
}
