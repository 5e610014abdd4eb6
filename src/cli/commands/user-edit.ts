import { Option, type Command } from "commander";
import { USER_ROLES } from "@/lib/user-roles";
import type { RosterInputs } from "@/sdk";
import { action, examples } from "../context";
import { CliError, EXIT } from "../exit-codes";
import { printDone } from "../output";
import { askNewPassword, askSecret, stdinLine } from "../prompt";
import { findMember, splitList } from "../resolve";
import { userDetail } from "../views";

type CreateInput = RosterInputs["user"]["create"];
type UserRole = NonNullable<CreateInput["role"]>;
type WorkspaceAccess = NonNullable<CreateInput["workspaceAccess"]>;

type ProfileOptions = { firstName?: string; lastName?: string; name?: string; email?: string; groups?: string; role?: UserRole; workspaces?: string };

const isRole = (value: string): value is UserRole => (USER_ROLES as readonly string[]).includes(value);

/**
 * -w all:<role> → that role in every workspace; -w ops:developer,prod:operator → those workspaces
 * only, each with its role (as Dagu: the top-level role is then viewer).
 */
export function parseWorkspaces(spec: string, role: UserRole | undefined): { role: UserRole; workspaceAccess: WorkspaceAccess } {
  const pairs = splitList(spec).map((item) => {
    const at = item.lastIndexOf(":");
    const [workspace, grantRole] = at > 0 ? [item.slice(0, at), item.slice(at + 1)] : [item, ""];
    if (!isRole(grantRole) || grantRole === "admin" || grantRole === "member") {
      throw new CliError(`-w: "${item}" must be <workspace>:<role> with role manager, developer, operator or viewer`, EXIT.usage);
    }
    return { workspace, role: grantRole as Exclude<UserRole, "admin" | "member"> };
  });
  const all = pairs.find((p) => p.workspace === "all");
  if (all) {
    if (pairs.length > 1) throw new CliError("-w: all:<role> stands alone", EXIT.usage);
    if (role && role !== all.role) throw new CliError(`-r ${role} and -w all:${all.role} disagree`, EXIT.usage);
    return { role: all.role, workspaceAccess: { all: true } };
  }
  return { role: role ?? "viewer", workspaceAccess: { all: false, grants: pairs } };
}

const profileOptions = (command: Command) =>
  command
    .option("-f, --first-name <first>", "first name")
    .option("-l, --last-name <last>", "last name")
    .option("-n, --name <name>", "display name (default: first and last name)")
    .option("-e, --email <email>", "email address")
    .option("-g, --groups <groups>", "groups, comma-separated (modify: replaces the user's groups)")
    .addOption(new Option("-r, --role <role>", "role").choices([...USER_ROLES]))
    .option("-w, --workspaces <access>", "all:<role>, or <workspace>:<role>,… for selected workspaces");

function profileInput(opts: ProfileOptions) {
  const access = opts.workspaces ? parseWorkspaces(opts.workspaces, opts.role) : opts.role ? { role: opts.role } : {};
  return {
    firstName: opts.firstName,
    lastName: opts.lastName,
    name: opts.name,
    email: opts.email,
    groups: opts.groups === undefined ? undefined : splitList(opts.groups),
    ...access,
  };
}

async function newPassword(opts: { password?: string; passwordStdin?: boolean; stdin?: boolean }): Promise<string> {
  if (opts.password !== undefined) return opts.password;
  if (opts.passwordStdin || opts.stdin) return stdinLine("the password");
  return askNewPassword();
}

export function registerUserEdits(user: Command) {
  examples(
    profileOptions(user.command("add <username>").description("Create a user (an administrator's action)"))
      .option("--password <password>", "the password (visible in the process list: prefer --password-stdin)")
      .option("--password-stdin", "read the password from stdin")
      .option("--system", "a system user: no password, API keys only")
      .action(
        action(async (ctx, username: string, opts: ProfileOptions & { password?: string; passwordStdin?: boolean; system?: boolean }) => {
          const client = ctx.client();
          const password = opts.system ? undefined : await newPassword(opts);
          const created = await client.user.create.mutate({ username, password, system: opts.system, ...profileInput(opts) });
          printDone(ctx.mode, `Created user ${created.username}`, userDetail.json(created));
        }),
      ),
    "roster user add -f John -l Doe -g developers -e john@example.com john",
    "printf '%s\\n' \"$PASSWORD\" | roster user add --password-stdin -w ops:developer,prod:operator bob",
  );

  examples(
    profileOptions(user.command("modify <username>").description("Change a user's profile, groups, role or workspace access"))
      .option("-u, --new-username <username>", "rename the user")
      .action(
        action(async (ctx, username: string, opts: ProfileOptions & { newUsername?: string }) => {
          const client = ctx.client();
          const member = await findMember(client, username);
          const input = { userId: member.userId, username: opts.newUsername, ...profileInput(opts) };
          if (Object.values(input).filter((v) => v !== undefined).length === 1) throw new CliError("Nothing to change: give at least one option (see --help)", EXIT.usage);
          const updated = await client.user.updateMember.mutate(input);
          printDone(ctx.mode, `Updated ${updated.username}`, userDetail.json(updated));
        }),
      ),
    "roster user modify john -g developers,admins",
    "roster user modify john -w all:operator",
  );

}

/** change-password (yours) and reset-password (someone else's), last in `roster user --help` as in the data platform's table. */
export function registerPasswordCommands(user: Command) {
  examples(
    user
      .command("change-password [new_password]")
      .description("Change your own password (asks for the current one)")
      .option("--stdin", "read the current password, then the new one, from stdin (one per line)")
      .action(
        action(async (ctx, given: string | undefined, opts: { stdin?: boolean }) => {
          const client = ctx.client();
          const currentPassword = opts.stdin ? await stdinLine("the current password") : await askSecret("Current password");
          const password = given ?? (opts.stdin ? await stdinLine("the new password") : await askNewPassword());
          await client.user.update.mutate({ currentPassword, password });
          printDone(ctx.mode, "Password changed", { changed: true });
        }),
      ),
    "roster user change-password",
    "printf '%s\\n%s\\n' \"$OLD\" \"$NEW\" | roster user change-password --stdin",
  );

  examples(
    user
      .command("reset-password <username>")
      .description("Set another user's password; ends their sessions")
      .option("--stdin", "read the new password from stdin")
      .action(
        action(async (ctx, username: string, opts: { stdin?: boolean }) => {
          const client = ctx.client();
          const member = await findMember(client, username);
          const password = await newPassword(opts);
          const result = await client.user.resetPassword.mutate({ userId: member.userId, password });
          printDone(ctx.mode, `Password of ${member.username} reset; ${result.sessionsRevoked} session(s) ended`, {
            id: result.userId,
            username: member.username,
            sessionsRevoked: result.sessionsRevoked,
          });
        }),
      ),
    "roster user reset-password john",
  );
}
