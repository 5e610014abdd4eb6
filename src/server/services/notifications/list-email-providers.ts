import type { TEmailProvider } from "@/lib/schemas/notification";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { db } from "@/server/db";
import { findProviderOrThrow, PROVIDER_SELECT, toEmailProvider } from "./provider-view";

/** The organization's SMTP providers, the default first (settings:manage). */
export async function listEmailProviders({ actor }: { actor: Actor }): Promise<TEmailProvider[]> {
  requirePermission(actor, "settings:manage");
  const rows = await db.emailProvider.findMany({
    where: { organizationId: actor.organizationId },
    orderBy: [{ isDefault: "desc" }, { createdAt: "asc" }, { id: "asc" }],
    select: PROVIDER_SELECT,
  });
  return rows.map(toEmailProvider);
}

export async function getEmailProvider({ actor, providerId }: { actor: Actor; providerId: string }): Promise<TEmailProvider> {
  requirePermission(actor, "settings:manage");
  return toEmailProvider(await findProviderOrThrow(db, actor.organizationId, providerId));
}
