// The User Manager's organization settings (user.settings / user.updateSettings) and the
// approximate member count (user.count).
import { z } from "zod";

export const ZUserSettings = z.object({
  requireGroup: z.boolean().describe("Whether user.create refuses a user without at least one group"),
});
export type TUserSettings = z.infer<typeof ZUserSettings>;

export const ZUpdateUserSettingsInput = ZUserSettings.strict();
export type TUpdateUserSettingsInput = z.infer<typeof ZUpdateUserSettingsInput>;

export const ZUpdateUserSettingsOutput = ZUserSettings.extend({
  changed: z.boolean().describe("False when the setting already had that value (nothing is written)"),
});

export const ZMemberCount = z.object({
  total: z.number().int().describe("Members of the organization: exact when `exact`, else an estimate rounded to two significant digits"),
  exact: z.boolean(),
});
export type TMemberCount = z.infer<typeof ZMemberCount>;
