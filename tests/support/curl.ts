import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { jsonOrText } from "./http";

export type CurlResult = { status: number; text: string; body: any };

/**
 * Runs a curl command exactly as a document prints it, through bash (so its quoting, line
 * continuations and $VARIABLES behave as in a terminal), after filling in the document's
 * placeholders (its host, and a token placeholder where it has one). Status and body come back
 * through a .curlrc (silent, write-out), so the command itself stays as written.
 */
export async function runDocumentedCurl(command: string, options: { replace: Record<string, string>; env?: Record<string, string> }): Promise<CurlResult> {
  let filled = command;
  for (const [placeholder, value] of Object.entries(options.replace)) {
    if (!filled.includes(placeholder)) throw new Error(`the command has no ${placeholder}`);
    filled = filled.replaceAll(placeholder, value);
  }
  const home = mkdtempSync(path.join(tmpdir(), "roster-curl-"));
  writeFileSync(path.join(home, ".curlrc"), 'silent\nshow-error\nwrite-out = "\\n%{http_code}"\n');
  try {
    const output = await new Promise<string>((resolve, reject) => {
      execFile(
        "bash",
        ["-c", filled],
        // A bare environment: no proxy settings or curl options of the machine's own reach the command.
        { env: { NODE_ENV: "test", PATH: process.env.PATH ?? "/usr/bin:/bin", CURL_HOME: home, HOME: home, ...options.env }, timeout: 30_000 },
        (error, stdout, stderr) => (error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(stdout)),
      );
    });
    const cut = output.lastIndexOf("\n");
    const text = output.slice(0, cut);
    return { status: Number(output.slice(cut + 1)), text, body: jsonOrText(text) };
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}
