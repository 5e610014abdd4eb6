import { Command } from "commander";
import { describeSource } from "@/lib/describe-access";
import { ALL_PERMISSIONS, type Permission } from "@/lib/permissions";
import { action, examples } from "../context";
import { CliError, EXIT } from "../exit-codes";
import { printItem } from "../output";
import { findUserId } from "../resolve";

export function authzCommand(): Command {
  const authz = new Command("authz").description("Ask what someone may do");
  examples(
    authz
      .command("check <permission>")
      .description("May this user (default: you) do <permission> (in a workspace)? Exits 0 either way; see `allowed`")
      .option("--workspace <workspace>", "a workspace name (default: the default workspace)")
      .option("--user <username>", "ask about another member (needs member:read)")
      .action(
        action(async (ctx, permission: string, opts: { workspace?: string; user?: string }) => {
          if (!(ALL_PERMISSIONS as string[]).includes(permission)) throw new CliError(`Unknown permission: ${permission}`, EXIT.usage);
          const client = ctx.client();
          const userId = opts.user ? await findUserId(client, opts.user) : undefined;
          const answer = await client.authz.check.query({ permission: permission as Permission, workspace: opts.workspace, userId });
          printItem(ctx.mode, answer, {
            json: (a) => a,
            pretty: (a) => ({
              title: `${a.permission}${a.workspace ? ` in ${a.workspace}` : ""}: ${a.allowed ? "allowed" : "denied"}`,
              fields: [
                ["Allowed", a.allowed ? "yes" : "no"],
                ["User", opts.user ?? a.userId],
                ["Because", a.sources.length ? a.sources.map(describeSource).join("; ") : (a.reason ?? "no grant allows it")],
              ],
            }),
          });
        }),
      ),
    "roster authz check workflow:run --workspace ops --user john",
  );
  return authz;
}
