import { createHash, randomBytes } from "node:crypto";
import { symmetricDecrypt, symmetricEncrypt } from "better-auth/crypto";
import type { TMetricsToken } from "@/lib/schemas/user";
import { requirePermission, type Actor } from "@/server/actor/actor";
import { config } from "@/server/config";
import { db } from "@/server/db";
import { recordAuditEvent } from "@/server/services/audit/record-audit-event";

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

function secret(): string {
  if (!config.authSecret) throw new Error("BETTER_AUTH_SECRET is required to encrypt the metrics token");
  return config.authSecret;
}

// The token must be shown again (seed 002), so it is stored encrypted with the server's secret,
// plus a SHA-256 to find its organization when Prometheus presents it.
async function issueToken(organizationId: string) {
  const token = `rmt_${randomBytes(24).toString("base64url")}`;
  await db.organization.update({
    where: { id: organizationId },
    data: { metricsTokenEncrypted: await symmetricEncrypt({ key: secret(), data: token }), metricsTokenHash: hashToken(token) },
  });
  return token;
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
    : await issueToken(actor.organizationId);
  return {
    serverIp: serverHost(org.serverIp),
    enabledFeatures: org.metricsEnabled,
    metricsConfig: { server: { refreshRate: org.metricsRefreshRate, port: config.port, token } },
  };
}

/** Replaces the token: the old one stops working at once. */
export async function rotateMetricsToken({ actor }: { actor: Actor }): Promise<TMetricsToken> {
  requirePermission(actor, "settings:manage");
  await db.$transaction(async (tx) => {
    await recordAuditEvent(tx, actor, {
      organizationId: actor.organizationId,
      action: "user.rotateMetricsToken",
      target: { type: "organization", id: actor.organizationId },
    });
  });
  await issueToken(actor.organizationId);
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
