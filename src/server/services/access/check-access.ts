import { allows } from "@/lib/access";
import { notFound } from "@/lib/errors";
import type { TCheckAccessInput, TCheckAccessOutput } from "@/lib/schemas/authz";
import { DEFAULT_WORKSPACE } from "@/lib/schemas/workspace";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { checkFactsCache, checkFactsKey } from "./check-facts-cache";
import { loadCheckFacts, type CheckFacts } from "./load-check-facts";

/**
 * "May this user do `permission` (in `workspace`)?" for the platform that embeds Roster, with every
 * grant that allows it. About yourself by default (then an API key's scope narrows the answer, as
 * it narrows the key), or about a member of your organization with member:read. An owner or admin
 * asking about themselves with no workspace costs no query; everything else costs one, and none
 * when the same question's facts were read in the last second (check-facts-cache.ts).
 * Another organization's user or workspace is "not found".
 */
export async function checkAccess({ actor, input }: { actor: Actor; input: TCheckAccessInput }): Promise<TCheckAccessOutput> {
  const userId = input.userId ?? actor.user.id;
  const self = userId === actor.user.id;
  if (!self) requirePermission(actor, "member:read");
  const workspace = input.workspace && input.workspace !== DEFAULT_WORKSPACE ? input.workspace : null;
  const answer = { userId, permission: input.permission, workspace };
  if (self) {
    const scope = actor.apiKey?.permissions;
    if (scope && !scope.includes(input.permission)) {
      return { ...answer, allowed: false, sources: [], reason: "Outside this API key's permission scope" };
    }
    const { role } = actor.membership;
    if (!workspace && (role === "owner" || role === "admin")) return { ...answer, allowed: true, sources: [{ kind: "role", role }], reason: null };
  }
  const facts = await cachedCheckFacts(actor.organizationId, userId, workspace);
  if (!facts) throw notFound("User");
  if (workspace && !facts.workspaceId) throw notFound("Workspace");
  if (facts.banned) return { ...answer, allowed: false, sources: [], reason: "This account is disabled" };
  const { allowed, sources } = allows(facts.access, input.permission, facts.workspaceId);
  return { ...answer, allowed, sources, reason: null };
}

async function cachedCheckFacts(organizationId: string, userId: string, workspace: string | null): Promise<CheckFacts | null> {
  const key = checkFactsKey(organizationId, userId, workspace);
  const cached = checkFactsCache.get(key);
  if (cached) return cached;
  const generation = checkFactsCache.generation();
  const facts = await loadCheckFacts(organizationId, userId, workspace);
  // Only complete answers are kept: an unknown user or workspace may appear the next moment.
  if (facts && (!workspace || facts.workspaceId)) checkFactsCache.set(key, facts, generation);
  return facts;
}
