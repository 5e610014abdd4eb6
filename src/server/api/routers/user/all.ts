import { z } from "zod";
import { ZListMembersInput, ZMemberListItem } from "@/lib/schemas/user";
import { listMembers } from "@/server/services/users/list-members";
import { protectedProcedure } from "../../trpc";

export const all = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.all",
      tags: ["user"],
      summary: "Members of the current organization",
      description:
        "Needs member:read (administrators). Keyset paging: pass the last item's `id` as `cursor`. " +
        "Each item has `access`, the member's headline access: `{ kind, label, scope, workspaces }` where kind is " +
        "owner | admin | manager | developer | operator | viewer (that workspace role in every workspace) | " +
        "per-workspace (roles in the listed `workspaces` only) | none. Filter by it with `access=<kind>`; " +
        "`role` still filters by organization role.",
      protect: true,
    },
  })
  .input(ZListMembersInput.optional().transform((input) => input ?? ZListMembersInput.parse({})))
  .output(z.array(ZMemberListItem))
  .query(({ ctx, input }) => listMembers({ actor: ctx.actor, input }));
