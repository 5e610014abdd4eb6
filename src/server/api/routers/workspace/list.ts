import { z } from "zod";
import { ZWorkspace } from "@/lib/schemas/workspace";
import { listWorkspaces } from "@/server/services/workspaces/list-workspaces";
import { protectedProcedure } from "../../trpc";

export const list = protectedProcedure
  .meta({
    openapi: {
      method: "GET",
      path: "/workspace.list",
      tags: ["workspace"],
      summary: "The organization's named workspaces (workspace:read)",
      description: "Items that name no workspace belong to the default workspace, which is implicit and not listed.",
      protect: true,
    },
  })
  .input(z.object({}).strict().optional())
  .output(z.array(ZWorkspace))
  .query(({ ctx }) => listWorkspaces({ actor: ctx.actor }));
