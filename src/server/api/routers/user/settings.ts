import { z } from "zod";
import { ZUpdateUserSettingsInput, ZUpdateUserSettingsOutput, ZUserSettings } from "@/lib/schemas/user-settings";
import { getUserSettings, updateUserSettings } from "@/server/services/users/user-settings";
import { protectedProcedure } from "../../trpc";

export const settings = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.settings",
      tags: ["user"],
      summary: "The User Manager's settings of the organization",
      description: "`requireGroup`: whether user.create needs at least one group. Any member may read them.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZUserSettings)
  .query(({ ctx }) => getUserSettings({ actor: ctx.actor }));

export const updateSettings = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.updateSettings",
      tags: ["user"],
      summary: "Change the User Manager's settings (settings:manage)",
      description: "`requireGroup: true` makes user.create answer 400 naming `groups` when no group is given.",
      protect: true,
    },
  })
  .input(ZUpdateUserSettingsInput)
  .output(ZUpdateUserSettingsOutput)
  .mutation(({ ctx, input }) => updateUserSettings({ actor: ctx.actor, input }));
