import { ZCreateWorkspaceInput, ZWorkspace } from "@/lib/schemas/workspace";
import { createWorkspace } from "@/server/services/workspaces/create-workspace";
import { protectedProcedure } from "../../trpc";

export const create = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/workspace.create",
      tags: ["workspace"],
      summary: "Create a named workspace (workspace:manage)",
      description: 'Names are unique in the organization (409 otherwise); "default" is reserved for the implicit default workspace.',
      protect: true,
    },
  })
  .input(ZCreateWorkspaceInput)
  .output(ZWorkspace)
  .mutation(({ ctx, input }) => createWorkspace({ actor: ctx.actor, input }));
