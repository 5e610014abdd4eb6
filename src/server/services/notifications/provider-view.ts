import type { Prisma } from "@/generated/prisma/client";
import { AppError, notFound } from "@/lib/errors";
import type { TEmailProvider } from "@/lib/schemas/notification";
import type { Tx } from "@/server/db";
import { uniqueViolation } from "@/server/services/db/unique-violation";

export const PROVIDER_SELECT = {
  id: true,
  organizationId: true,
  name: true,
  host: true,
  port: true,
  tlsMode: true,
  username: true,
  passwordEncrypted: true,
  fromName: true,
  fromAddress: true,
  isDefault: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.EmailProviderSelect;

export type ProviderRecord = Prisma.EmailProviderGetPayload<{ select: typeof PROVIDER_SELECT }>;

/** What a caller sees: never the password, only whether one is stored. */
export const toEmailProvider = (row: ProviderRecord): TEmailProvider => ({
  id: row.id,
  name: row.name,
  host: row.host,
  port: row.port,
  tlsMode: row.tlsMode as TEmailProvider["tlsMode"],
  username: row.username,
  hasPassword: row.passwordEncrypted !== null,
  fromName: row.fromName,
  fromAddress: row.fromAddress,
  isDefault: row.isDefault,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

/** The organization's provider; another organization's is "not found". */
export async function findProviderOrThrow(tx: Tx, organizationId: string, providerId: string): Promise<ProviderRecord> {
  const row = await tx.emailProvider.findFirst({ where: { id: providerId, organizationId }, select: PROVIDER_SELECT });
  if (!row) throw notFound("Email provider");
  return row;
}

/** The organization's other default, if any, stops being the default (the database allows one). */
export const clearOtherDefault = (tx: Tx, organizationId: string, keepId: string | null) =>
  tx.emailProvider.updateMany({ where: { organizationId, isDefault: true, ...(keepId ? { id: { not: keepId } } : {}) }, data: { isDefault: false } });

/** A taken name is a 409 naming the field; any other failure passes through. */
export function providerNameTaken(error: unknown, name: string): never {
  if (uniqueViolation(error) === "email_provider_organizationId_name_key") {
    const message = `An email provider named "${name}" already exists`;
    throw new AppError("CONFLICT", message, { fieldErrors: { name: [message] } });
  }
  throw error;
}

/** The audit trail records the settings, never the password: only whether one is set. */
export const auditedSettings = (row: ProviderRecord) => {
  const view = toEmailProvider(row);
  return { name: view.name, host: view.host, port: view.port, tlsMode: view.tlsMode, username: view.username, hasPassword: view.hasPassword, fromName: view.fromName, fromAddress: view.fromAddress, isDefault: view.isDefault };
};
