import { createHash, randomBytes } from "node:crypto";
import { config } from "@/server/config";

/** SHA-256 of a link's token: what the table keeps, so its rows cannot be turned into links. */
export const hashInvitationToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** A fresh random token (256 bits, URL-safe) and its hash. The token is not the invitation's id. */
export function newInvitationToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashInvitationToken(token) };
}

/** The accept page's address for a token, from the configured public URL. */
export const invitationLink = (token: string) => `${config.baseUrl}/invitation/${token}`;
