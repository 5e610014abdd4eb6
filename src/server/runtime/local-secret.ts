import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/**
 * BETTER_AUTH_SECRET signs sessions. Without one, Roster makes a random secret once and keeps it in
 * .roster/auth-secret, so sessions survive restarts of a local install. Several instances behind a
 * load balancer must share one: set BETTER_AUTH_SECRET for them.
 */
export async function localAuthSecret(stateDir: string): Promise<string> {
  const file = path.join(stateDir, "auth-secret");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  await mkdir(stateDir, { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}
