import type { TCreateEmailProviderInput, TEmailProvider } from "@/lib/schemas/notification";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";
import { encryptProviderPassword } from "@/server/services/email/provider-secret";
import { auditedSettings, clearOtherDefault, PROVIDER_SELECT, providerNameTaken, toEmailProvider } from "./provider-view";

/** A new SMTP provider. The organization's first provider is its default. */
export async function createEmailProvider({ actor, input }: { actor: Actor; input: TCreateEmailProviderInput }): Promise<TEmailProvider> {
  requirePermission(actor, "settings:manage");
  const organizationId = actor.organizationId;
  try {
    const row = await auditedTransaction(organizationId, async (tx, audit) => {
      const isFirst = (await tx.emailProvider.count({ where: { organizationId } })) === 0;
      const isDefault = input.isDefault ?? isFirst;
      if (isDefault) await clearOtherDefault(tx, organizationId, null);
      const created = await tx.emailProvider.create({
        data: {
          organizationId,
          name: input.name,
          host: input.host,
          port: input.port,
          tlsMode: input.tlsMode,
          username: input.username || null,
          passwordEncrypted: input.password ? encryptProviderPassword(input.password) : null,
          fromName: input.fromName,
          fromAddress: input.fromAddress,
          isDefault,
        },
        select: PROVIDER_SELECT,
      });
      await audit(actor, { organizationId, action: "notification.create", target: { type: "emailProvider", id: created.id, name: created.name }, after: auditedSettings(created) });
      return created;
    });
    return toEmailProvider(row);
  } catch (error) {
    providerNameTaken(error, input.name);
  }
}
