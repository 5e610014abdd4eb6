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

export const SESSION_LIST_MAX = 500;

export const ZListSessionsInput = z
  .object({
    limit: z.number().int().min(1).max(SESSION_LIST_MAX).default(100),
    cursor: z.string().min(1).max(64).optional().describe("The `id` of the last item of the previous page"),
  })
  .strict();
export type TListSessionsInput = z.infer<typeof ZListSessionsInput>;

export const ZRevokeSessionInput = z.object({ sessionId: ZId }).strict();
export const ZRevokeSessionOutput = z.object({ success: z.literal(true), sessionId: z.string() });
export const ZRevokeOtherSessionsOutput = z.object({ success: z.literal(true), sessionsRevoked: z.number().int() });
