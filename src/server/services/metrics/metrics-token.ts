import { createHash, randomBytes } from "node:crypto";
import { symmetricDecrypt, symmetricEncrypt } from "better-auth/crypto";
import { AppError } from "@/lib/errors";
import type { TMetricsToken } from "@/lib/schemas/user";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function secret(): string {
  if (!config.authSecret) throw new Error("BETTER_AUTH_SECRET is required to encrypt the metrics token");
  return config.authSecret;
}

// The token must be shown again (Dokploy's user.getMetricsToken returns it on every read), so it
// is stored encrypted with the server's secret, plus a SHA-256 to find its organization when
// Prometheus presents it.

/** A new token's columns, for an organization being created or a token being replaced. */
export async function newMetricsTokenColumns() {
  const token = `rmt_${randomBytes(24).toString("base64url")}`;
  return { metricsTokenEncrypted: await symmetricEncrypt({ key: secret(), data: token }), metricsTokenHash: hashToken(token) };
}

/**
 * Gives every organization that has no token one, at start-up (the launcher calls it after the
 * migrations). Organizations get their token when they are created; this covers those created
 * before tokens were made at creation, or behind the app's back. It runs in the app because the
 * token is stored encrypted with the server's secret, which SQL in a migration does not have.
 * Conditional on the token still missing, so instances starting together do not overwrite each
 * other's. Returns how many organizations got one.
 */
export async function fillMissingMetricsTokens(): Promise<number> {
  const missing = await db.organization.findMany({ where: { metricsTokenEncrypted: null }, select: { id: true } });
  let filled = 0;
  for (const { id } of missing) {
    const { count } = await db.organization.updateMany({ where: { id, metricsTokenEncrypted: null }, data: await newMetricsTokenColumns() });
    filled += count;
  }
  return filled;
}

function serverHost(configured: string | null): string {
  if (configured) return configured;
  return new URL(config.baseUrl).hostname;
}

/** The organization's metrics configuration and token, in Dokploy's shape; admins only. */
export async function getMetricsToken({ actor }: { actor: Actor }): Promise<TMetricsToken> {
  requirePermission(actor, "monitoring:read");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { metricsTokenEncrypted: true, metricsRefreshRate: true, metricsEnabled: true, serverIp: true },
  });
  // A read never writes: the token was made with the organization (or at the last start-up).
  if (!org.metricsTokenEncrypted) {
    throw new AppError("NOT_FOUND", "This organization has no metrics token yet: create one with user.rotateMetricsToken");
  }
  const token = await symmetricDecrypt({ key: secret(), data: org.metricsTokenEncrypted });
  return {
    serverIp: serverHost(org.serverIp),
    enabledFeatures: org.metricsEnabled,
    metricsConfig: { server: { refreshRate: org.metricsRefreshRate, port: config.port, token } },
  };
}

/** Replaces the token (or makes the first one): the old one stops working at once. */
export async function rotateMetricsToken({ actor }: { actor: Actor }): Promise<TMetricsToken> {
  requirePermission(actor, "settings:manage");
  // The new token and its audit event commit together, or neither does.
  const columns = await newMetricsTokenColumns();
  await auditedTransaction(actor.organizationId, async (tx, audit) => {
    await tx.organization.update({ where: { id: actor.organizationId }, data: columns });
    await audit(actor, {
      organizationId: actor.organizationId,
      action: "user.rotateMetricsToken",
      target: { type: "organization", id: actor.organizationId },
    });
  });
  return getMetricsToken({ actor });
}

/** The organization a presented metrics token belongs to, if any. */
export async function organizationForMetricsToken(token: string): Promise<string | null> {
  const org = await db.organization.findUnique({
    where: { metricsTokenHash: hashToken(token) },
    select: { id: true, metricsEnabled: true },
  });
  return org?.metricsEnabled ? org.id : null;
}
