import { ZMemberDetail } from "@/lib/schemas/user";
import { ZCreateUserInput } from "@/lib/schemas/user-admin";
import { createUser } from "@/server/services/users/create-user";
import { protectedProcedure } from "../../trpc";

export const create = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.create",
      tags: ["user"],
      summary: "Create a user directly, or a system user (member:create)",
      description:
        "Dagu's body works as written: username, password (8+), role (admin, manager, developer, operator, viewer or member) and " +
        'workspaceAccess ({"all": true} or {"all": false, "grants": [{"workspace": "ops", "role": "developer"}]}, workspaces by name). ' +
        "Optional name, firstName, lastName, email (else a placeholder <username>@users.noreply.invalid), groups (names or ids), " +
        "system (no password, API keys only). Unknown workspace or group: 400 naming it. Taken username or email: 409 naming the field. " +
        "Only the owner creates administrators. When the organization requires a group (user.settings), no group is a 400 naming `groups`.",
      protect: true,
    },
  })
  .input(ZCreateUserInput)
  .output(ZMemberDetail)
  .mutation(({ ctx, input }) => createUser({ actor: ctx.actor, input }));
