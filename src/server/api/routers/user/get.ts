import { z } from "zod";
import { ZCurrentUser } from "@/lib/schemas/user";
import { getCurrentUser } from "@/server/services/users/get-current-user";
import { protectedProcedure } from "../../trpc";

export const get = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/user.get",
      tags: ["user"],
      summary: "The current user, with their API keys' metadata",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(ZCurrentUser)
  .query(({ ctx }) => getCurrentUser({ actor: ctx.actor }));
