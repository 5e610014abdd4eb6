import { notFound } from "@/lib/errors";
import type { Actor } from "@/server/actor/actor";
import { db, type Tx } from "@/server/db";
import { ORGANIZATION_SELECT } from "./organization-view";

/**
 * The organization the caller acts in, named by its id or slug. Naming any other organization is
 * "not found", whether or not the caller belongs to it: changes reach only the organization the
 * session or key acts in, so a page left open after switching cannot change the wrong one.
 */
export async function findActiveOrganizationOrThrow(actor: Actor, ref: string, client: Tx | typeof db = db) {
  const row = await client.organization.findFirst({
    where: { id: actor.organizationId, OR: [{ id: ref }, { slug: ref }] },
    select: ORGANIZATION_SELECT,
  });
  if (!row) throw notFound("Organization");
  return row;
}
