import type { Command } from "commander";
import type { RosterClient } from "@/sdk";
import { signedInClient, type Connection, type GlobalOptions } from "./connection";
import { modeOf, type Mode } from "./output";

export type CommandContext = { options: GlobalOptions; mode: Mode; client: () => RosterClient; connection: () => Connection };

/** The global flags wherever they were typed, and a signed-in client made on first use. */
export function contextOf(command: Command): CommandContext {
  const options = command.optsWithGlobals<GlobalOptions>();
  let signedIn: ReturnType<typeof signedInClient> | undefined;
  const connect = () => (signedIn ??= signedInClient(options));
  return { options, mode: modeOf(options), client: () => connect().client, connection: () => connect().connection };
}

/** An action that receives the context; commander passes (args…, options, command). */
export const action =
  <A extends unknown[]>(fn: (ctx: CommandContext, ...args: A) => Promise<unknown>) =>
  async (...args: unknown[]) => {
    const command = args.at(-1) as Command;
    const positional = args.slice(0, -1) as A;
    await fn(contextOf(command), ...positional);
  };

/** "Example:" lines under a command's --help. */
export const examples = (command: Command, ...lines: string[]) =>
  command.addHelpText("after", `\nExample${lines.length > 1 ? "s" : ""}:\n${lines.map((l) => `  $ ${l}`).join("\n")}`);
