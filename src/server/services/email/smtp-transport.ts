import nodemailer, { type Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { config } from "@/server/config";
import { decryptProviderPassword } from "./provider-secret";

export type ProviderRow = {
  id: string;
  host: string;
  port: number;
  tlsMode: string;
  username: string | null;
  passwordEncrypted: string | null;
  fromName: string;
  fromAddress: string;
  updatedAt: Date;
};

// Short timeouts: a stuck server fails the attempt (and it is retried) well within the job's lease.
const TIMEOUTS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

export function providerTransportOptions(provider: ProviderRow): SMTPTransport.Options {
  return {
    host: provider.host,
    port: provider.port,
    secure: provider.tlsMode === "tls",
    requireTLS: provider.tlsMode === "starttls",
    ignoreTLS: provider.tlsMode === "none",
    auth: provider.username ? { user: provider.username, pass: provider.passwordEncrypted ? decryptProviderPassword(provider.passwordEncrypted) : "" } : undefined,
    ...TIMEOUTS,
  };
}

export const fromHeader = (provider: Pick<ProviderRow, "fromName" | "fromAddress">) => ({ name: provider.fromName, address: provider.fromAddress });

const pools = new Map<string, Transporter>();

/**
 * A pooled connection per provider (version), reused by the worker's sends; a changed provider
 * gets a new pool. Null provider: the server-level ROSTER_SMTP_URL.
 */
export function pooledTransport(provider: ProviderRow | null): Transporter {
  const key = provider ? `${provider.id}:${provider.updatedAt.getTime()}` : "server";
  let transport = pools.get(key);
  if (!transport) {
    if (!provider && !config.email.smtpUrl) throw new Error("No email provider and no ROSTER_SMTP_URL to send account emails through");
    transport = provider
      ? nodemailer.createTransport({ ...providerTransportOptions(provider), pool: true, maxConnections: 5 })
      : nodemailer.createTransport({ url: config.email.smtpUrl, pool: true, ...TIMEOUTS });
    for (const [other, old] of pools) {
      if (!provider || !other.startsWith(`${provider.id}:`)) continue;
      old.close();
      pools.delete(other);
    }
    pools.set(key, transport);
  }
  return transport;
}

/** The server-level sender for account emails without an organization's provider. */
export function serverFromHeader(): { name: string; address: string } {
  return { name: "Roster", address: config.email.smtpFrom ?? `roster@${new URL(config.baseUrl).hostname}` };
}

/** The SMTP server's own words ("535 5.7.8 Authentication failed"), else the connection's error. */
export function smtpErrorText(error: unknown): string {
  const { response, message } = error as { response?: string; message?: string };
  return (response || message || String(error)).slice(0, 1000);
}
