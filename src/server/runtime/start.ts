// The launcher behind `npm start` and `npm run dev`: makes the database ready (embedded PostgreSQL
// unless DATABASE_URL is set, migrations applied), creates the first admin from INITIAL_ADMIN_*,
// then runs Next.js as a child process and forwards signals to it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import { createInitialAdminFromEnv } from "./initial-admin";
import { localAuthSecret } from "./local-secret";
import { prepareDatabase, STATE_DIR } from "./prepare-database";

const log = (line: string) => console.log(`[roster] ${line}`);
const require = createRequire(import.meta.url);

async function main() {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
  const { url, embedded } = await prepareDatabase(log);
  process.env.DATABASE_URL = url;
  process.env.BETTER_AUTH_SECRET ??= await localAuthSecret(STATE_DIR);
  await createInitialAdminFromEnv(log);

  const nextBin = require.resolve("next/dist/bin/next");
  if (mode === "start" && !existsSync(path.resolve(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID"))) {
    log("no production build yet: running `next build` first");
    await run(nextBin, ["build"]);
  }
  const port = process.env.PORT ?? "3000";
  log(`Roster on http://localhost:${port}`);
  // Spawned directly, not through a shell, so that signals reach next-server (PLATFORM-NOTES).
  const child = spawn(process.execPath, [nextBin, mode, "-p", port], { stdio: "inherit", env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    if (embedded?.owned) await embedded.stop();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

function run(bin: string, args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [bin, ...args], { stdio: "inherit", env: process.env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`next ${args.join(" ")} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error("[roster] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
