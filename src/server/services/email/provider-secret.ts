import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { config } from "@/server/config";

// SMTP passwords must be usable again (to log in to the server), so they are encrypted, not hashed:
// AES-256-GCM with a key derived from the server's secret (BETTER_AUTH_SECRET) by HKDF, so the
// secret itself is never the key and rotating it needs the passwords entered again.

const VERSION = "v1";

function key(): Buffer {
  const secret = config.authSecret;
  if (!secret) throw new Error("BETTER_AUTH_SECRET is required to encrypt email provider passwords");
  return Buffer.from(hkdfSync("sha256", secret, "roster", "email-provider-password", 32));
}

export function encryptProviderPassword(password: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key(), iv);
  const data = Buffer.concat([cipher.update(password, "utf8"), cipher.final()]);
  return [VERSION, iv, cipher.getAuthTag(), data].map((part) => (typeof part === "string" ? part : part.toString("base64url"))).join(".");
}

export function decryptProviderPassword(stored: string): string {
  const [version, iv, tag, data] = stored.split(".");
  if (version !== VERSION || !iv || !tag || data === undefined) throw new Error("email provider password: unknown format");
  const decipher = createDecipheriv("aes-256-gcm", key(), Buffer.from(iv, "base64url"));
  decipher.setAuthTag(Buffer.from(tag, "base64url"));
  return Buffer.concat([decipher.update(Buffer.from(data, "base64url")), decipher.final()]).toString("utf8");
}
