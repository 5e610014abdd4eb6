import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { listApiKeyMetadata } from "./list-api-key-metadata";

/** Your keys in this organization, or (apiKey:manage) every member's, with their owners. */
export async function listApiKeys({ actor, scope }: { actor: Actor; scope: "mine" | "organization" }) {
  if (scope === "organization") requirePermission(actor, "apiKey:manage");
  const where = {
    organizationId: actor.organizationId,
    ...(scope === "mine" ? { referenceId: actor.user.id } : {}),
  };
  const [keys, owners] = await Promise.all([
    listApiKeyMetadata({ where }),
    db.apikey.findMany({ where, select: { id: true, user: { select: { id: true, username: true, name: true } } } }),
  ]);
  const ownerOf = new Map(owners.map((k) => [k.id, k.user]));
  return keys.map((key) => ({ ...key, owner: ownerOf.get(key.id)! }));
}
