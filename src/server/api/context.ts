import type { Identity } from "@/server/actor/actor";
import { requestInfo } from "@/server/actor/request-info";
import { resolveIdentity } from "@/server/actor/resolve-actor";

/**
 * One context for every transport (tRPC, dot-style HTTP, server components). The identity is
 * resolved on first use, so public procedures cost no lookup.
 */
export function createContext({ headers }: { headers: Headers }) {
  let identity: Promise<Identity | null> | undefined;
  return {
    headers,
    request: requestInfo(headers),
    identity: () => (identity ??= resolveIdentity(headers)),
    /** The caller's organization if their identity was resolved (for metrics); never resolves it. */
    resolvedOrganization: async () => (identity ? ((await identity.catch(() => null))?.membership?.organizationId ?? null) : null),
  };
}

export type Context = ReturnType<typeof createContext>;
