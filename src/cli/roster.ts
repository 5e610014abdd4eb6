#!/usr/bin/env node
// The `roster` command. Built into dist/cli/roster.js by `npm run build:sdk`; `npm run roster -- …` runs the source.
import { CommanderError, type Command } from "commander";
import { version } from "../../package.json";
import { errorLines, exitCodeOf, EXIT } from "./exit-codes";
import { buildProgram } from "./program";

/** Usage errors exit 2, help and --version 0, whichever subcommand raised them. */
function exitOverrideEverywhere(command: Command) {
  command.exitOverride();
  command.commands.forEach(exitOverrideEverywhere);
}

async function main(argv: string[]) {
  const program = buildProgram(version);
  exitOverrideEverywhere(program);
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.usage;
      return;
    }
    for (const line of errorLines(error)) process.stderr.write(`${line}\n`);
    process.exitCode = exitCodeOf(error);
  }
}

void main(process.argv);
