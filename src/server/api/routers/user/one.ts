import { ZMemberDetail, ZUserIdInput } from "@/lib/schemas/user";
import { getMember } from "@/server/services/users/get-member";
import { protectedProcedure } from "../../trpc";

export const one = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.one",
      tags: ["user"],
      summary: "One member, with role, flags, groups, workspace access and effective permissions",
      description:
        "Yourself, or anyone in your organization with member:read. Another organization's user is 404. " +
        "`access` is the headline access, as in user.all: `{ kind, label, scope, workspaces }` " +
        "(kind owner | admin | manager | developer | operator | viewer | per-workspace | none).",
      protect: true,
    },
  })
  .input(ZUserIdInput)
  .output(ZMemberDetail)
  .query(({ ctx, input }) => getMember({ actor: ctx.actor, userId: input.userId }));
