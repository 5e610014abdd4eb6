import { Command } from "commander";
import { action, examples } from "../context";
import { printDone, printItem, printList } from "../output";
import { wholeNumber } from "../parse-args";
import { findGroupWithMembers, splitList } from "../resolve";
import { groupDetail, groupList } from "../views";


export function groupCommand(): Command {
  const group = new Command("group").description("Manage groups: list, create, rename, delete, members");

  examples(
    group
      .command("ls")
      .description("List groups")
      .option("-s, --search <text>", "match the group name")
      .action(
        action(async (ctx, opts: { search?: string }) => {
          printList(ctx.mode, await ctx.client().group.list.query({ search: opts.search, limit: 1000 }), groupList);
        }),
      ),
    "roster group ls",
  );

  examples(
    group
      .command("get <name>")
      .description("Show a group: GID, users, permissions and workspace grants")
      .action(action(async (ctx, name: string) => printItem(ctx.mode, await findGroupWithMembers(ctx.client(), name), groupDetail))),
    "roster group get analysts",
  );

  examples(
    group
      .command("add <name>")
      .description("Create a group")
      .option("--gid <gid>", "its GID (default: the lowest free from 1000)", wholeNumber)
      .option("-d, --description <text>", "what the group is for")
      .option("-m, --members <users>", "users to add, comma-separated")
      .action(
        action(async (ctx, name: string, opts: { gid?: number; description?: string; members?: string }) => {
          const created = await ctx.client().group.create.mutate({
            name,
            gid: opts.gid,
            description: opts.description,
            members: opts.members === undefined ? undefined : splitList(opts.members),
          });
          printDone(ctx.mode, `Created group ${created.name} (GID ${created.gid})`, groupDetail.json(created));
        }),
      ),
    "roster group add analysts",
    "roster group add analysts --gid 2001 -d 'Reporting team' -m alice,bob",
  );

  examples(
    group
      .command("rename <old_name> <new_name>")
      .description("Rename a group")
      .action(
        action(async (ctx, oldName: string, newName: string) => {
          const updated = await ctx.client().group.update.mutate({ groupId: oldName, name: newName });
          printDone(ctx.mode, `Renamed group ${oldName} to ${updated.name}`, groupDetail.json(updated));
        }),
      ),
    "roster group rename analysts analytics",
  );

  examples(
    group
      .command("rm <name>")
      .description("Delete a group (its members stay, without its grants)")
      .action(
        action(async (ctx, name: string) => {
          const result = await ctx.client().group.delete.mutate({ groupId: name });
          printDone(ctx.mode, `Deleted group ${name}`, { id: result.groupId, name });
        }),
      ),
    "roster group rm analysts",
  );

  for (const [name, add] of [
    ["add-users", true],
    ["rm-users", false],
  ] as const) {
    examples(
      group
        .command(`${name} <name> <users>`)
        .description(add ? "Add users (comma-separated) to a group" : "Remove users (comma-separated) from a group")
        .action(
          action(async (ctx, groupName: string, users: string) => {
            const client = ctx.client();
            const result = await (add ? client.group.addUsers : client.group.removeUsers).mutate({ groupId: groupName, users: splitList(users) });
            const count = result.changed.length;
            printDone(ctx.mode, `${add ? "Added" : "Removed"} ${count} user${count === 1 ? "" : "s"} ${add ? "to" : "from"} ${groupName}; it has ${result.memberCount}`, {
              group: groupName,
              changed: result.changed,
              memberCount: result.memberCount,
            });
          }),
        ),
      add ? "roster group add-users analysts alice,bob" : "roster group rm-users analysts bob",
    );
  }
  return group;
}
