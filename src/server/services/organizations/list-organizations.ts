import type { TMyOrganization } from "@/lib/schemas/organization";
import { asRole, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { ORGANIZATION_SELECT, toOrganization } from "./organization-view";

/**
 * The organizations the caller belongs to, oldest membership first, with their role in each. An
 * API key sees only its own organization: a key never learns of the others its owner belongs to.
 */
export async function listOrganizations({ actor }: { actor: Actor }): Promise<TMyOrganization[]> {
  const rows = await db.member.findMany({
    where: { userId: actor.user.id, ...(actor.apiKey ? { organizationId: actor.organizationId } : {}) },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { role: true, organization: { select: ORGANIZATION_SELECT } },
    relationLoadStrategy: "join",
  });
  return rows.map(({ role, organization }) => ({
    ...toOrganization(organization),
    role: asRole(role),
    active: organization.id === actor.organizationId,
  }));
}
