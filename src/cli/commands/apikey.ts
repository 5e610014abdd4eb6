import { Command } from "commander";
import { ALL_PERMISSIONS, type Permission } from "@/lib/permissions";
import { action, examples } from "../context";
import { CliError, EXIT } from "../exit-codes";
import { printDone, printList } from "../output";
import { duration } from "../parse-args";
import { everyPage, findUserId, splitList } from "../resolve";
import { apiKeyList } from "../views";

function parsePermissions(value: string): Permission[] {
  const names = splitList(value);
  const unknown = names.filter((n) => !(ALL_PERMISSIONS as string[]).includes(n));
  if (unknown.length) throw new CliError(`Unknown permission: ${unknown.join(", ")}`, EXIT.usage);
  return names as Permission[];
}

export function apiKeyCommand(): Command {
  const apikey = new Command("apikey").description("Manage API keys");
  examples(
    apikey
      .command("create <name>")
      .description("Create an API key; it is printed once, store it now")
      .option("--expires-in <duration>", "lifetime: seconds, or 90m, 12h, 30d", duration)
      .option("--permissions <list>", "narrow the key to these permissions, e.g. member:read")
      .option("--prefix <prefix>", "the key's prefix")
      .option("--for <system_user>", "create it for a system user of your organization (administrators)")
      .action(
        action(async (ctx, name: string, opts: { expiresIn?: number; permissions?: string; prefix?: string; for?: string }) => {
          const client = ctx.client();
          const userId = opts.for ? await findUserId(client, opts.for) : undefined;
          const permissions = opts.permissions === undefined ? undefined : parsePermissions(opts.permissions);
          const created = await client.user.createApiKey.mutate({ name, expiresIn: opts.expiresIn, permissions, prefix: opts.prefix, userId });
          if (ctx.mode !== "json") process.stderr.write(`Created API key ${created.name} (${created.id}); it is shown only now:\n`);
          printDone(ctx.mode, created.key, {
            id: created.id,
            name: created.name,
            key: created.key,
            prefix: created.prefix,
            organizationId: created.organizationId,
            expiresAt: created.expiresAt,
            createdAt: created.createdAt,
          });
        }),
      ),
    "roster apikey create ci --expires-in 30d",
    "roster apikey create reports --permissions member:read,group:read",
  );
  examples(
    apikey
      .command("ls")
      .description("List your API keys (--all: everyone's in the organization)")
      .option("-a, --all", "every key of the organization (needs apiKey:manage)")
      .action(
        action(async (ctx, opts: { all?: boolean }) => {
          const client = ctx.client();
          const keys = await everyPage((page) => client.user.listApiKeys.query({ scope: opts.all ? "organization" : "mine", ...page }));
          printList(ctx.mode, keys, apiKeyList);
        }),
      ),
    "roster apikey ls --all",
  );
  examples(
    apikey
      .command("rm <id>")
      .description("Revoke an API key: it stops working at once")
      .action(
        action(async (ctx, id: string) => {
          const result = await ctx.client().user.deleteApiKey.mutate({ apiKeyId: id });
          printDone(ctx.mode, `Revoked API key ${result.apiKeyId}`, { id: result.apiKeyId, revoked: true });
        }),
      ),
    "roster apikey rm 3f1c…",
  );
  return apikey;
}
