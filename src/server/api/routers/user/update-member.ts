import { ZMemberDetail } from "@/lib/schemas/user";
import { ZUpdateMemberInput } from "@/lib/schemas/user-admin";
import { updateMemberDetail } from "@/server/services/users/update-member";
import { protectedProcedure } from "../../trpc";

export const updateMember = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.updateMember",
      tags: ["user"],
      summary: "Edit another member: profile, role, groups, workspace access (member:update)",
      description:
        "System users are read-only (403). Nobody changes the owner's role here; only the owner edits administrators or makes one. " +
        "`workspaceAccess` and `groups` replace what the member had. Profile changes are refused for accounts that also belong to another organization.",
      protect: true,
    },
  })
  .input(ZUpdateMemberInput)
  .output(ZMemberDetail)
  .mutation(({ ctx, input }) => updateMemberDetail({ actor: ctx.actor, input }));
