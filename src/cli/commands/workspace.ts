import { Command } from "commander";
import { action, examples } from "../context";
import { printDone, printList } from "../output";
import { workspaceList } from "../views";

export function workspaceCommand(): Command {
  const workspace = new Command("workspace").description("Manage workspaces: named scopes of access");
  examples(
    workspace
      .command("ls")
      .description("List workspaces")
      .action(action(async (ctx) => printList(ctx.mode, await ctx.client().workspace.list.query(), workspaceList))),
    "roster workspace ls",
  );
  examples(
    workspace
      .command("add <name>")
      .description("Create a workspace")
      .option("-d, --description <text>", "what it is for")
      .action(
        action(async (ctx, name: string, opts: { description?: string }) => {
          const created = await ctx.client().workspace.create.mutate({ name, description: opts.description });
          printDone(ctx.mode, `Created workspace ${created.name}`, workspaceList.json(created));
        }),
      ),
    "roster workspace add ops -d 'Operations'",
  );
  examples(
    workspace
      .command("rm <name>")
      .description("Delete a workspace and the grants in it")
      .action(
        action(async (ctx, name: string) => {
          const result = await ctx.client().workspace.delete.mutate({ workspaceId: name });
          printDone(ctx.mode, `Deleted workspace ${name}`, { id: result.workspaceId, name });
        }),
      ),
    "roster workspace rm ops",
  );
  return workspace;
}
