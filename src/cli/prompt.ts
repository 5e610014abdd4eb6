import { read } from "read";
import { CliError, EXIT } from "./exit-codes";

// Questions go to stderr so stdout stays clean for -j; passwords are never echoed. Without a
// terminal (a pipe, a script), each answer is the next line of stdin instead, so secrets never
// need to be on the command line, where process lists and shell history would show them.

let stdinLines: string[] | null = null;

/** The next line of stdin, without its line ending. */
export async function stdinLine(what: string): Promise<string> {
  if (!stdinLines) {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    stdinLines = Buffer.concat(chunks).toString("utf8").split(/\r?\n/);
  }
  const line = stdinLines.shift();
  if (line === undefined || line === "") throw new CliError(`Expected ${what} on stdin (there is no terminal to ask on)`, EXIT.usage);
  return line;
}

const terminal = () => Boolean(process.stdin.isTTY);

export async function ask(question: string, fallback?: string): Promise<string> {
  if (!terminal()) return stdinLine(question.toLowerCase());
  return String(await read({ prompt: `${question}:`, default: fallback, output: process.stderr })).trim();
}

export async function askSecret(question: string): Promise<string> {
  if (!terminal()) return stdinLine(question.toLowerCase());
  return String(await read({ prompt: `${question}:`, silent: true, replace: "*", output: process.stderr }));
}

/** A new password: typed twice on a terminal, else one line of stdin. */
export async function askNewPassword(): Promise<string> {
  if (!terminal()) return stdinLine("the new password");
  const password = await askSecret("New password");
  if (password !== (await askSecret("Repeat the password"))) throw new CliError("The passwords do not match", EXIT.usage);
  return password;
}

/** Yes or no on a terminal; without one, the fallback. */
export async function confirm(question: string, fallback: boolean): Promise<boolean> {
  if (!terminal()) return fallback;
  const answer = String(await read({ prompt: `${question} [${fallback ? "Y/n" : "y/N"}]`, output: process.stderr })).trim().toLowerCase();
  return answer ? answer.startsWith("y") : fallback;
}
