import { createHash, createHmac } from "node:crypto";
import { config } from "@/server/config";

/** A key that seals audit events, and its era: a public fingerprint stored on each event it sealed. */
export type AuditKey = { era: string; secret: Buffer };

const era = (secret: Buffer) => createHash("sha256").update("roster-audit-era\0").update(secret).digest("hex").slice(0, 16);

const keyOf = (secret: Buffer): AuditKey => ({ era: era(secret), secret });

/**
 * The key that seals new events: ROSTER_AUDIT_SECRET, or one derived from BETTER_AUTH_SECRET when
 * that is not set (so a plain install needs nothing more). Only the server holds it, so someone who
 * can write to the database alone cannot rewrite events and seal the chain again.
 */
export function currentAuditKey(): AuditKey {
  const { current } = config.auditSecrets;
  if (current) return keyOf(Buffer.from(current));
  const authSecret = config.authSecret;
  if (!authSecret) throw new Error("Set ROSTER_AUDIT_SECRET (or BETTER_AUTH_SECRET) to seal the audit trail");
  return auditKeyFromAuthSecret(authSecret);
}

/** The audit key a server derives from BETTER_AUTH_SECRET when ROSTER_AUDIT_SECRET is not set. */
export const auditKeyFromAuthSecret = (authSecret: string): AuditKey => keyOf(createHmac("sha256", authSecret).update("roster-audit-chain").digest());

/** Every key this server can verify with, by era: the current one and ROSTER_AUDIT_PREVIOUS_SECRETS. */
export function knownAuditKeys(): Map<string, AuditKey> {
  const keys = [currentAuditKey(), ...config.auditSecrets.previous.map((secret) => keyOf(Buffer.from(secret)))];
  return new Map(keys.map((key) => [key.era, key]));
}
