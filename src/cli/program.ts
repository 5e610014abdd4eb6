import { Command } from "commander";
import { apiKeyCommand } from "./commands/apikey";
import { auditCommand } from "./commands/audit";
import { authzCommand } from "./commands/authz";
import { completionCommand } from "./commands/completion";
import { groupCommand } from "./commands/group";
import { inviteCommand } from "./commands/invite";
import { sessionCommands } from "./commands/session";
import { setupCommand } from "./commands/setup";
import { userCommand } from "./commands/user";
import { workspaceCommand } from "./commands/workspace";
import { organizationCommand } from "./commands/organization";

const EXIT_CODES_HELP = `
Exit codes: 0 done, 1 other failure, 2 usage or bad input, 3 not found, 4 forbidden,
5 conflict (taken name, already set up), 6 network (Roster unreachable or unavailable),
7 not authenticated (no key, or a bad one).

Environment: ROSTER_URL and ROSTER_API_KEY (the flags --url and --api-key override them).`;

/** Every command, each with its --help and an example. */
export function buildProgram(version: string): Command {
  const program = new Command("roster")
    .description("Manage a Roster organization from the terminal: users, groups, workspaces, API keys, invitations, audit log")
    .version(version)
    .option("--url <url>", "Roster's address (default: ROSTER_URL, else the one from `roster login`)")
    .option("--api-key <key>", "an API key (default: ROSTER_API_KEY, else the one from `roster login`)")
    .option("-j, --json", "print JSON (stable field names, for scripts)")
    .option("-p, --pretty", "pretty-print: indented, with labels")
    .showHelpAfterError("(add --help for usage)")
    .addHelpText("after", EXIT_CODES_HELP);
  for (const command of [setupCommand(), ...sessionCommands(), userCommand(), groupCommand(), workspaceCommand(), organizationCommand(), apiKeyCommand(), inviteCommand(), auditCommand(), authzCommand()]) {
    program.addCommand(command);
  }
  program.addCommand(completionCommand(program));
  return program;
}
