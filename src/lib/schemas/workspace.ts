import { z } from "zod";
import { ZId } from "./fields";

/** The implicit workspace of items that name none; not a row, so no workspace may take its name. */
export const DEFAULT_WORKSPACE = "default";

export const ZWorkspaceName = z
  .string()
  .trim()
  .min(1, "Name the workspace")
  .max(64, "Workspace names are at most 64 characters")
  .regex(/^[a-zA-Z0-9._-]+$/, "Workspace names may contain only letters, digits, dots, dashes and underscores")
  .refine((name) => name.toLowerCase() !== DEFAULT_WORKSPACE, `"${DEFAULT_WORKSPACE}" is the implicit workspace of items that name none`);

export const ZWorkspace = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
  memberGrantCount: z.number().int().describe("Members granted a role in this workspace directly"),
  groupGrantCount: z.number().int().describe("Groups granted a role in this workspace"),
});
export type TWorkspace = z.infer<typeof ZWorkspace>;

export const ZCreateWorkspaceInput = z
  .object({ name: ZWorkspaceName, description: z.string().trim().max(500).optional() })
  .strict();
export type TCreateWorkspaceInput = z.infer<typeof ZCreateWorkspaceInput>;

export const ZWorkspaceRefInput = z.object({ workspaceId: ZId.describe("The workspace's id or name") }).strict();

export const ZUpdateWorkspaceInput = ZWorkspaceRefInput.extend({
  name: ZWorkspaceName.optional().describe("A new name (rename)"),
  description: z.string().trim().max(500).optional(),
}).strict();
export type TUpdateWorkspaceInput = z.infer<typeof ZUpdateWorkspaceInput>;

export const ZDeleteWorkspaceOutput = z.object({ success: z.literal(true), workspaceId: z.string() });
