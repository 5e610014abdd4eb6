import { ZUpsertUserInput, ZUpsertUserOutput } from "@/lib/schemas/user-admin";
import { upsertUser } from "@/server/services/users/upsert-user";
import { protectedProcedure } from "../../trpc";

export const upsert = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/user.upsert",
      tags: ["user"],
      summary: "Create or update a user by email, Conductor-style (administrators)",
      description:
        "Conductor's upsert: `id` is the email; sets name, roles and (when given) groups; idempotent. Roles: ADMIN → admin (owner only), " +
        "USER → developer, METADATA_MANAGER and WORKFLOW_MANAGER → manager, USER_READ_ONLY → viewer; several → the strongest. " +
        "Answers in Conductor's shape with each role and group expanded to catalog permissions. Unknown group: 400.",
      protect: true,
    },
  })
  .input(ZUpsertUserInput)
  .output(ZUpsertUserOutput)
  .mutation(({ ctx, input }) => upsertUser({ actor: ctx.actor, input }));
