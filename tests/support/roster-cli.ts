// The built `roster` command run as a person's shell runs it: a subprocess with its own config
// directory, arguments, stdin and environment; exit code, stdout and stderr back.
import { spawn } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect } from "vitest";
import { SDK_DIST } from "./global-build-sdk";

export type CliResult = { code: number | null; stdout: string; stderr: string; json: () => any };

export type CliOptions = { input?: string; env?: Record<string, string | undefined>; configHome?: string };

/** A fresh, empty config directory (what XDG_CONFIG_HOME points at). */
export const freshConfigHome = () => mkdtempSync(path.join(tmpdir(), "roster-cli-config-"));

export function runRoster(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const env: Record<string, string | undefined> = { ...process.env, ROSTER_URL: undefined, ROSTER_API_KEY: undefined, XDG_CONFIG_HOME: options.configHome ?? freshConfigHome(), ...options.env };
  for (const key of Object.keys(env)) if (env[key] === undefined) delete env[key];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SDK_DIST.cli, ...args], { env: env as NodeJS.ProcessEnv, stdio: ["pipe", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => (stdout += d));
    child.stderr.on("data", (d) => (stderr += d));
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout, stderr, json: () => JSON.parse(stdout) }));
    child.stdin.end(options.input ?? "");
  });
}

/** A runner bound to one server and key: `roster(["user", "ls"])`. */
export const rosterFor =
  (url: string, apiKey: string) =>
  (args: string[], options: CliOptions = {}) =>
    runRoster(args, { ...options, env: { ROSTER_URL: url, ROSTER_API_KEY: apiKey, ...options.env } });

/** A run that succeeded: exit 0 and nothing on stderr. */
export function ok(result: CliResult): CliResult {
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  return result;
}
