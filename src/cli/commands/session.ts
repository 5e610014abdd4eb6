import { hostname } from "node:os";
import { Command } from "commander";
import { normalizeBaseUrl, signIn } from "@/sdk";
import { configFilePath, readLogin, removeLogin, writeLogin } from "../config-file";
import { cliClient, resolveUrl } from "../connection";
import { httpFetch } from "../http-fetch";
import { action, examples, type CommandContext } from "../context";
import { CliError, EXIT } from "../exit-codes";
import { printDone, printItem } from "../output";
import { ask, askSecret, stdinLine } from "../prompt";

/** The address for login and setup: --url, ROSTER_URL, the stored one, else asked. */
export async function urlFor(ctx: CommandContext): Promise<string> {
  const url = resolveUrl(ctx.options) ?? (await ask("Roster URL", "http://localhost:3000"));
  if (!/^https?:\/\/[^/]/.test(url)) throw new CliError(`Not an http(s) address: ${url}`, EXIT.usage);
  return normalizeBaseUrl(url);
}

/** Checks the key (user.get) and stores it with the address; the file is readable by its owner only. */
async function verifyAndStore(ctx: CommandContext, url: string, apiKey: string, apiKeyId?: string) {
  const me = await cliClient({ baseUrl: url, apiKey }).user.get.query();
  writeLogin({ url, apiKey, apiKeyId, username: me.user.username });
  printDone(ctx.mode, `Logged in to ${url} as ${me.user.username} (${me.organization.name}); saved in ${configFilePath()}`, {
    url,
    username: me.user.username,
    organization: me.organization.name,
    configFile: configFilePath(),
  });
}

/**
 * Signs in with a password and stores a new API key made for this command (a session would expire;
 * `roster logout` revokes the key).
 */
export async function loginWithPassword(ctx: CommandContext, url: string, username: string, password: string) {
  const { sessionToken } = await signIn({ baseUrl: url, username, password, fetch: httpFetch });
  const key = await cliClient({ baseUrl: url, sessionToken }).user.createApiKey.mutate({ name: `roster CLI on ${hostname()}`.slice(0, 64) });
  await verifyAndStore(ctx, url, key.key, key.id);
}

export function sessionCommands(): Command[] {
  const login = new Command("login")
    .description("Check a Roster address and API key and store them for later commands")
    .option("--api-key-stdin", "read the API key from stdin")
    .option("--username <username>", "sign in with a password instead and store a new API key made for this command")
    .option("--password-stdin", "with --username: read the password from stdin")
    .action(
      action(async (ctx, opts: { apiKeyStdin?: boolean; username?: string; passwordStdin?: boolean }) => {
        const url = await urlFor(ctx);
        if (opts.username) {
          const password = opts.passwordStdin ? await stdinLine("the password") : await askSecret("Password");
          return loginWithPassword(ctx, url, opts.username, password);
        }
        const apiKey = ctx.options.apiKey ?? (opts.apiKeyStdin ? await stdinLine("the API key") : await askSecret("API key"));
        await verifyAndStore(ctx, url, apiKey.trim());
      }),
    );
  examples(login, "roster login --url https://roster.example.com", "echo \"$KEY\" | roster login --url http://localhost:3000 --api-key-stdin", "roster login --username admin");

  const logout = new Command("logout").description("Forget the stored address and key (and revoke the key if login made it)").action(
    action(async (ctx) => {
      const stored = readLogin();
      if (stored?.apiKeyId) {
        // Best effort: the server may be gone; the local file is removed all the same.
        await cliClient({ baseUrl: stored.url, apiKey: stored.apiKey })
          .user.deleteApiKey.mutate({ apiKeyId: stored.apiKeyId })
          .catch(() => undefined);
      }
      const removed = removeLogin();
      printDone(ctx.mode, removed ? `Logged out of ${stored?.url}` : "Not logged in", { loggedOut: removed, url: stored?.url ?? null });
    }),
  );
  examples(logout, "roster logout");

  const whoami = new Command("whoami").description("Who the command acts as, where, and with which credential").action(
    action(async (ctx) => {
      const me = await ctx.client().user.get.query();
      const connection = ctx.connection();
      printItem(
        ctx.mode,
        { url: connection.url, credential: connection.source, username: me.user.username, userId: me.userId, email: me.email, role: me.role, organization: me.organization.name },
        {
          json: (v) => v,
          pretty: (v) => ({
            title: v.username,
            fields: [
              ["Roster", v.url],
              ["Organization", v.organization],
              ["Role", v.role],
              ["Email", v.email],
              ["Key from", v.credential === "login" ? "roster login" : v.credential === "environment" ? "ROSTER_API_KEY" : "--api-key"],
            ],
          }),
        },
      );
    }),
  );
  examples(whoami, "roster whoami");
  return [login, logout, whoami];
}
