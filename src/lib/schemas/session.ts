import { z } from "zod";
import { ZId } from "./fields";

/** A session as its owner sees it: never the token. */
export const ZSession = z.object({
  id: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  ipAddress: z.string().nullable(),
  userAgent: z.string().nullable(),
  current: z.boolean().describe("The session this request was made with"),
});
export type TSession = z.infer<typeof ZSession>;

export const ZRevokeSessionInput = z.object({ sessionId: ZId }).strict();
export const ZRevokeSessionOutput = z.object({ success: z.literal(true), sessionId: z.string() });
export const ZRevokeOtherSessionsOutput = z.object({ success: z.literal(true), sessionsRevoked: z.number().int() });
