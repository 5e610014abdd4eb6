import { z } from "zod";
import { ZPermission, ZWorkspaceRole } from "./access";
import { GID_MAX, ZGroupName, type TCreateGroupInput } from "./group";

// The Groups tab's forms, with group.create / group.update's field rules. A GID is typed as text,
// so an empty box means "assign the next free one".

export const ZGroupSettingsForm = z.object({
  name: ZGroupName,
  description: z.string().trim().max(500, "At most 500 characters"),
});
export type TGroupSettingsForm = z.infer<typeof ZGroupSettingsForm>;

export const ZCreateGroupForm = ZGroupSettingsForm.extend({
  gid: z.string().refine((text) => {
    const t = text.trim();
    return t === "" || (/^\d+$/.test(t) && Number(t) >= 1 && Number(t) <= GID_MAX);
  }, `A GID is a whole number from 1 to ${GID_MAX.toLocaleString("en")}; leave it empty for the next free one`),
  members: z.array(z.object({ userId: z.string(), username: z.string() })),
});
export type TCreateGroupForm = z.infer<typeof ZCreateGroupForm>;

export const CREATE_GROUP_DEFAULTS: TCreateGroupForm = { name: "", description: "", gid: "", members: [] };

export function toCreateGroupInput(v: TCreateGroupForm): TCreateGroupInput {
  return {
    name: v.name.trim(),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
    ...(v.gid.trim() ? { gid: Number(v.gid.trim()) } : {}),
    ...(v.members.length ? { members: v.members.map((m) => m.userId) } : {}),
  };
}

/** What a group grants its members: catalog permissions, a role in every workspace, roles in some. */
export const ZGroupGrantsForm = z.object({
  grants: z.array(ZPermission),
  workspaceRole: z.union([z.literal("none"), ZWorkspaceRole]),
  workspaceGrants: z
    .array(z.object({ workspace: z.string().min(1), role: ZWorkspaceRole }))
    .refine((grants) => new Set(grants.map((g) => g.workspace)).size === grants.length, "Each workspace may be granted once"),
});
export type TGroupGrantsForm = z.infer<typeof ZGroupGrantsForm>;
