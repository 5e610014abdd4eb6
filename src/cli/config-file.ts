import { chmodSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import path from "node:path";

/** What `roster login` keeps: one Roster address and the API key for it. */
export type StoredLogin = { url: string; apiKey: string; apiKeyId?: string; username?: string };

/** The user's configuration directory: XDG_CONFIG_HOME, %APPDATA% on Windows, else ~/.config. */
function configDir(env: NodeJS.ProcessEnv): string {
  if (env.XDG_CONFIG_HOME) return env.XDG_CONFIG_HOME;
  if (process.platform === "win32" && env.APPDATA) return env.APPDATA;
  return path.join(homedir(), ".config");
}

export const configFilePath = (env: NodeJS.ProcessEnv = process.env) => path.join(configDir(env), "roster", "config.json");

export function readLogin(file = configFilePath()): StoredLogin | null {
  try {
    const value = JSON.parse(readFileSync(file, "utf8")) as Partial<StoredLogin>;
    return typeof value.url === "string" && typeof value.apiKey === "string" ? (value as StoredLogin) : null;
  } catch {
    return null;
  }
}

/** Written readable by its owner only (0600, directory 0700): it holds an API key. */
export function writeLogin(login: StoredLogin, file = configFilePath()) {
  mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, `${JSON.stringify(login, null, 2)}\n`, { mode: 0o600 });
  chmodSync(temporary, 0o600);
  renameSync(temporary, file);
}

export function removeLogin(file = configFilePath()): boolean {
  const existed = readLogin(file) !== null;
  rmSync(file, { force: true });
  return existed;
}
