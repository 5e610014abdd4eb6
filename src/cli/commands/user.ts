import { Command, Option } from "commander";
import { ACCESS_KINDS, type AccessKind } from "@/lib/access-summary";
import { action, examples } from "../context";
import { printDone, printItem, printList } from "../output";
import { positiveInt } from "../parse-args";
import { findGroup, findMember, listMembers } from "../resolve";
import { userDetail, userList } from "../views";
import { registerPasswordCommands, registerUserEdits } from "./user-edit";


export function userCommand(): Command {
  const user = new Command("user").description("Manage users: list, create, edit, disable, delete, passwords");

  examples(
    user
      .command("ls")
      .description("List users (all pages)")
      .option("-s, --search <text>", "match username, first or last name, or email")
      .addOption(new Option("--access <access>", "only this headline access").choices([...ACCESS_KINDS]))
      .addOption(new Option("--role <role>", "only this organization role").choices(["owner", "admin", "member"]))
      .addOption(new Option("--status <status>", "only enabled or disabled users").choices(["enabled", "disabled"]))
      .option("--group <group>", "only members of this group")
      .option("--workspace <workspace>", "only users with access to this workspace")
      .option("--limit <n>", "print at most n users", positiveInt)
      .addOption(new Option("--page-size <n>", "users fetched per request").argParser(positiveInt).default(500).hideHelp())
      .action(
        action(async (ctx, opts: { search?: string; access?: AccessKind; role?: "owner"; status?: "enabled"; group?: string; workspace?: string; limit?: number; pageSize: number }) => {
          const client = ctx.client();
          const groupId = opts.group ? (await findGroup(client, opts.group)).id : undefined;
          const filters = { search: opts.search, access: opts.access, role: opts.role, status: opts.status, groupId, workspace: opts.workspace };
          printList(ctx.mode, await listMembers(client, filters, Math.min(opts.pageSize, 1000), opts.limit), userList);
        }),
      ),
    "roster user ls",
    "roster user ls --search jo --status disabled -j",
    "roster user ls --access developer",
  );

  examples(
    user
      .command("get <username>")
      .description("Show a user: profile, groups, workspace access and effective permissions")
      .action(
        action(async (ctx, username: string) => {
          const client = ctx.client();
          const member = await findMember(client, username);
          printItem(ctx.mode, await client.user.one.query({ userId: member.userId }), userDetail);
        }),
      ),
    "roster user get john -p",
  );

  registerUserEdits(user);

  examples(
    user
      .command("rm <username>")
      .description("Remove a user from the organization (the account is deleted when it has no other)")
      .action(
        action(async (ctx, username: string) => {
          const client = ctx.client();
          const member = await findMember(client, username);
          const result = await client.user.remove.mutate({ userId: member.userId });
          printDone(ctx.mode, `Removed ${member.username}${result.accountDeleted ? " (account deleted)" : ""}`, { id: result.userId, username: member.username, accountDeleted: result.accountDeleted });
        }),
      ),
    "roster user rm john",
  );

  for (const [name, enabled] of [
    ["enable", true],
    ["disable", false],
  ] as const) {
    examples(
      user
        .command(`${name} <username>`)
        .description(enabled ? "Let a disabled user sign in again" : "Stop a user from signing in: ends their sessions and stops their API keys")
        .action(
          action(async (ctx, username: string) => {
            const client = ctx.client();
            const member = await findMember(client, username);
            const result = await (enabled ? client.user.enable : client.user.disable).mutate({ userId: member.userId });
            const verb = enabled ? "Enabled" : "Disabled";
            const message = result.changed ? `${verb} ${member.username}` : `${member.username} was already ${enabled ? "enabled" : "disabled"}`;
            printDone(ctx.mode, message, { id: result.userId, username: member.username, enabled: result.enabled, changed: result.changed });
          }),
        ),
      `roster user ${name} john`,
    );
  }

  for (const [name, add] of [
    ["add-to-group", true],
    ["rm-from-group", false],
  ] as const) {
    examples(
      user
        .command(`${name} <username> <group>`)
        .description(add ? "Add a user to a group" : "Remove a user from a group")
        .action(
          action(async (ctx, username: string, group: string) => {
            const client = ctx.client();
            const member = await findMember(client, username);
            const result = await (add ? client.group.addUsers : client.group.removeUsers).mutate({ groupId: group, users: [member.userId] });
            const message = result.changed.length
              ? `${add ? "Added" : "Removed"} ${member.username} ${add ? "to" : "from"} ${group}`
              : `${member.username} was ${add ? "already" : "not"} in ${group}`;
            printDone(ctx.mode, message, { group, username: member.username, changed: result.changed.length > 0, memberCount: result.memberCount });
          }),
        ),
      `roster user ${name} john developers`,
    );
  }
  registerPasswordCommands(user);
  return user;
}
