import { Command } from "commander";
import { anonymousClient } from "../connection";
import { action, examples } from "../context";
import { CliError, EXIT } from "../exit-codes";
import { printDone } from "../output";
import { ask, askNewPassword, confirm, stdinLine } from "../prompt";
import { loginWithPassword, urlFor } from "./session";

type SetupOptions = { username?: string; passwordStdin?: boolean; email?: string; name?: string; organization?: string; login?: boolean };

export function setupCommand(): Command {
  const setup = new Command("setup")
    .description("Create the first administrator of a fresh Roster (they own the organization)")
    .option("--username <username>", "the administrator's username (asked when omitted)")
    .option("--password-stdin", "read the password from stdin (asked twice when omitted)")
    .option("--email <email>", "the administrator's email")
    .option("--name <name>", "the administrator's display name")
    .option("--organization <name>", "the organization's name")
    .option("--login", "log in as the administrator afterwards (asked when omitted)")
    .option("--no-login", "do not log in afterwards")
    .action(
      action(async (ctx, opts: SetupOptions) => {
        const url = await urlFor(ctx);
        const client = anonymousClient(url);
        const { setupRequired } = await client.auth.setupStatus.query();
        if (!setupRequired) throw new CliError(`Roster at ${url} is already set up: log in with \`roster login\``, EXIT.conflict);
        const username = opts.username ?? (await ask("Administrator username", "admin"));
        const password = opts.passwordStdin ? await stdinLine("the password") : await askNewPassword();
        const created = await client.auth.setup.mutate({ username, password, email: opts.email, name: opts.name, organizationName: opts.organization });
        const summary = { userId: created.userId, username: created.username, email: created.email, organization: created.organization };
        const message = `Created administrator ${created.username}, owner of ${created.organization.name}`;
        if (ctx.mode !== "json") printDone(ctx.mode, message, summary);
        const login = opts.login ?? (await confirm(`Log in as ${created.username} now?`, false));
        // With -j, one JSON document: the login's when logging in.
        if (ctx.mode === "json" && !login) printDone(ctx.mode, message, summary);
        if (login) await loginWithPassword(ctx, url, username, password);
      }),
    );
  return examples(setup, "roster setup --url http://localhost:3000", "printf '%s\\n' \"$PASSWORD\" | roster setup --url http://localhost:3000 --username admin --password-stdin --login");
}
