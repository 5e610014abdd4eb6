import { createHash, randomBytes } from "node:crypto";
import { symmetricDecrypt, symmetricEncrypt } from "better-auth/crypto";
import type { TMetricsToken } from "@/lib/schemas/user";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db, type Tx } from "@/server/db";
import { auditedTransaction } from "@/server/services/audit/audited-transaction";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function secret(): string {
  if (!config.authSecret) throw new Error("BETTER_AUTH_SECRET is required to encrypt the metrics token");
  return config.authSecret;
}

// The token must be shown again (seed 002), so it is stored encrypted with the server's secret,
// plus a SHA-256 to find its organization when Prometheus presents it.
async function newToken() {
  const token = `rmt_${randomBytes(24).toString("base64url")}`;
  return { token, columns: { metricsTokenEncrypted: await symmetricEncrypt({ key: secret(), data: token }), metricsTokenHash: hashToken(token) } };
}

async function replaceToken(organizationId: string, client: Tx) {
  const { token, columns } = await newToken();
  await client.organization.update({ where: { id: organizationId }, data: columns });
  return token;
}

/**
 * The organization's first token, written only if it has none yet: concurrent first reads agree on
 * one token instead of each showing its own, all but the last of which would not work.
 */
async function firstToken(organizationId: string) {
  const { token, columns } = await newToken();
  const { count } = await db.organization.updateMany({ where: { id: organizationId, metricsTokenEncrypted: null }, data: columns });
  if (count === 1) return token;
  const stored = await db.organization.findUniqueOrThrow({ where: { id: organizationId }, select: { metricsTokenEncrypted: true } });
  return symmetricDecrypt({ key: secret(), data: stored.metricsTokenEncrypted! });
}

function serverHost(configured: string | null): string {
  if (configured) return configured;
  return new URL(config.baseUrl).hostname;
}

/** The organization's metrics configuration and token (seed 002's shape); admins only. */
export async function getMetricsToken({ actor }: { actor: Actor }): Promise<TMetricsToken> {
  requirePermission(actor, "monitoring:read");
  const org = await db.organization.findUniqueOrThrow({
    where: { id: actor.organizationId },
    select: { metricsTokenEncrypted: true, metricsRefreshRate: true, metricsEnabled: true, serverIp: true },
  });
  const token = org.metricsTokenEncrypted
    ? await symmetricDecrypt({ key: secret(), data: org.metricsTokenEncrypted })
    : await firstToken(actor.organizationId);
  return {
    serverIp: serverHost(org.serverIp),
    enabledFeatures: org.metricsEnabled,
    metricsConfig: { server: { refreshRate: org.metricsRefreshRate, port: config.port, token } },
  };
}

/** Replaces the token: the old one stops working at once. */
export async function rotateMetricsToken({ actor }: { actor: Actor }): Promise<TMetricsToken> {
  requirePermission(actor, "settings:manage");
  // The new token and its audit event commit together, or neither does.
  await auditedTransaction(actor.organizationId, async (tx, audit) => {
    await replaceToken(actor.organizationId, tx);
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
