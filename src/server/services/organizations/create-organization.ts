import { randomUUID } from "node:crypto";
import { fieldError } from "@/lib/errors";
import { slugFromName, type TCreateOrganizationInput, type TMyOrganization } from "@/lib/schemas/organization";
import type { Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { newMetricsTokenColumns } from "@/server/services/metrics/metrics-token";
import { assertMayCreateOrganization } from "./instance-administrators";
import { ORGANIZATION_SELECT, slugTaken, toOrganization } from "./organization-view";

/**
 * A new organization with the caller as its owner. Who may create one is the instance's setting
 * (ROSTER_ORGANIZATION_CREATORS). Slugs are unique across the instance (409 naming `slug`). The
 * caller keeps acting in their current organization until they switch (organization.setActive).
 */
export async function createOrganization({ actor, input }: { actor: Actor; input: TCreateOrganizationInput }): Promise<TMyOrganization> {
  await assertMayCreateOrganization(actor);
  const slug = input.slug ?? slugFromName(input.name);
  if (slug.length < 2) throw fieldError("slug", "Give a slug: the name has too few letters or digits to make one");
  // The organization is born with its metrics token, as at setup.
  const metricsToken = await newMetricsTokenColumns();
  const organizationId = randomUUID();
  try {
    const row = await auditedTransaction(null, async (tx, audit) => {
      const created = await tx.organization.create({
        data: {
          id: organizationId,
          name: input.name,
          slug,
          ...metricsToken,
          members: { create: { id: randomUUID(), userId: actor.user.id, role: "owner" } },
        },
        select: ORGANIZATION_SELECT,
      });
      await audit(actor, {
        organizationId,
        action: "organization.create",
        target: { type: "organization", id: organizationId, name: created.name },
        after: { name: created.name, slug: created.slug, owner: actor.user.username },
      });
      return created;
    });
    return { ...toOrganization(row), role: "owner", active: false };
  } catch (error) {
    slugTaken(error, slug);
  }
}
