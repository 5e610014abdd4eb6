import { read } from "read";
import { CliError, EXIT } from "./exit-codes";

// Questions go to stderr so stdout stays clean for -j; passwords are never echoed, and are read
// from a prompt or stdin, never from the command line, unless the user passes one there.

const needTerminal = (what: string, alternative: string) => {
  if (!process.stdin.isTTY) throw new CliError(`No terminal to ask for ${what}: ${alternative}`, EXIT.usage);
};

export async function ask(question: string, options: { default?: string; alternative: string }): Promise<string> {
  needTerminal(question.toLowerCase(), options.alternative);
  const answer = await read({ prompt: `${question}:`, default: options.default, output: process.stderr });
  return String(answer).trim();
}

export async function askSecret(question: string, alternative: string): Promise<string> {
  needTerminal(question.toLowerCase(), alternative);
  return String(await read({ prompt: `${question}:`, silent: true, replace: "*", output: process.stderr }));
}

/** A new password, typed twice. */
export async function askNewPassword(alternative: string): Promise<string> {
  const password = await askSecret("New password", alternative);
  const again = await askSecret("Repeat the password", alternative);
  if (password !== again) throw new CliError("The passwords do not match", EXIT.usage);
  return password;
}

export async function confirm(question: string, fallback: boolean): Promise<boolean> {
  if (!process.stdin.isTTY) return fallback;
  const answer = String(await read({ prompt: `${question} [${fallback ? "Y/n" : "y/N"}]`, output: process.stderr })).trim().toLowerCase();
  return answer ? answer.startsWith("y") : fallback;
}

let stdinLines: string[] | null = null;

/** The next line of stdin (passwords given with --stdin / --password-stdin), without its line ending. */
export async function stdinLine(what: string): Promise<string> {
  if (!stdinLines) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    stdinLines = Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  }
  const line = stdinLines.shift();
  if (line === undefined || line === "") throw new CliError(`Expected ${what} on stdin`, EXIT.usage);
  return line;
}
