import { createAccessCache } from "@/server/actor/access-cache";
import type { CheckFacts } from "./load-check-facts";

// authz.check is asked on every request of the embedding platform, mostly about the same few
// people: their facts are kept for up to a second per instance, as API keys are
// (src/server/actor/access-cache.ts).
export const checkFactsCache = createAccessCache<CheckFacts>();

export const checkFactsKey = (organizationId: string, userId: string, workspace: string | null) => `${organizationId}\u0000${userId}\u0000${workspace ?? ""}`;
