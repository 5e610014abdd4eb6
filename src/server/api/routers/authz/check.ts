import { ZCheckAccessInput, ZCheckAccessOutput } from "@/lib/schemas/authz";
import { checkAccess } from "@/server/services/access/check-access";
import { protectedProcedure } from "../../trpc";

export const check = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/authz.check",
      tags: ["authz"],
      summary: "May this user do a permission (in a workspace)?",
      description:
        "About yourself, or about `userId` in your organization (needs member:read). `workspace` is a workspace name; " +
        "omitted means the default workspace. Answers with every grant that allows it. One query at most.",
      protect: true,
    },
  })
  .input(ZCheckAccessInput)
  .output(ZCheckAccessOutput)
  .query(({ ctx, input }) => checkAccess({ actor: ctx.actor, input }));
