import { ZUpdateWorkspaceInput, ZWorkspace } from "@/lib/schemas/workspace";
import { updateWorkspace } from "@/server/services/workspaces/update-workspace";
import { protectedProcedure } from "../../trpc";

export const update = protectedProcedure
  .meta({
    openapi: {
      method: "POST",
      path: "/workspace.update",
      tags: ["workspace"],
      summary: "Rename a workspace or change its description (workspace:manage)",
      description: "Grants follow the workspace, not its name. Another organization's workspace is 404.",
      protect: true,
    },
  })
  .input(ZUpdateWorkspaceInput)
  .output(ZWorkspace)
  .mutation(({ ctx, input }) => updateWorkspace({ actor: ctx.actor, input }));
