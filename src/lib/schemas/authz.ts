import { z } from "zod";
import { ZPermission, ZSource } from "./access";
import { ZId } from "./fields";

export const ZCheckAccessInput = z
  .object({
    permission: ZPermission,
    workspace: z.string().trim().min(1).max(64).optional().describe('A workspace name; omitted or "default" means the default workspace'),
    userId: ZId.optional().describe("Ask about this member of your organization (needs member:read); omitted: about yourself"),
  })
  .strict();
export type TCheckAccessInput = z.infer<typeof ZCheckAccessInput>;

export const ZCheckAccessOutput = z.object({
  allowed: z.boolean(),
  userId: z.string(),
  permission: ZPermission,
  workspace: z.string().nullable().describe("The workspace asked about; null for the default workspace"),
  sources: z.array(ZSource).describe("Every grant that allows it (empty when not allowed)"),
  reason: z.string().nullable().describe("Why not, when something other than missing grants refuses it"),
});
export type TCheckAccessOutput = z.infer<typeof ZCheckAccessOutput>;
