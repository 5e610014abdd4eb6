// The tRPC router called in-process, as a given identity (or none): procedures, their schemas and
// their services against the real database, without HTTP. For authorization matrices.
import type { Identity } from "@/server/actor/actor";
import { createCaller } from "@/server/api/root";
import { actorFor } from "./factories";

export function callerAs(identity: Identity | null) {
  return createCaller({
    headers: new Headers(),
    request: { ip: "127.0.0.1", userAgent: "vitest" },
    identity: async () => identity,
    resolvedOrganization: async () => identity?.membership?.organizationId ?? null,
  });
}

/** The caller a member would be through a session. */
export async function callerFor(member: { id: string; userId: string; organizationId: string; role: string }) {
  return callerAs(await actorFor(member));
}
