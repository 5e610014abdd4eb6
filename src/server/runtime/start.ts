// The launcher behind `npm start` and `npm run dev`: validates the configuration, makes the database
// ready (embedded PostgreSQL unless DATABASE_URL is set, migrations applied), creates the first
// admin from INITIAL_ADMIN_*, gives organizations without a metrics token one, then runs Roster's
// HTTP server as a child process and forwards signals to it.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import nextEnv from "@next/env";
import { ConfigError, config, deriveEnvironment, parseEnvironment } from "@/server/config";
import { createInitialAdminFromEnv } from "./initial-admin";
import { localAuthSecret } from "./local-secret";
import { giveOrganizationsTheMailCatcher, startMailCatcher } from "./mail-catcher";
import { prepareDatabase } from "./prepare-database";
import { serverCommand } from "./server-command";

const log = (line: string) => console.log(`[roster] ${line}`);
const require = createRequire(import.meta.url);

async function main() {
  const mode = process.argv[2] === "dev" ? "dev" : "start";
  nextEnv.loadEnvConfig(process.cwd(), mode === "dev");
  // As `next start` and `next dev` do: `npm start` is production unless NODE_ENV says otherwise, so
  // the origin policy, the Content-Security-Policy and the logs take their production form.
  Object.assign(process.env, { NODE_ENV: process.env.NODE_ENV || (mode === "dev" ? "development" : "production") });
  // Fail before anything starts when a variable is malformed, naming it.
  parseEnvironment(process.env);
  const { url, embedded } = await prepareDatabase(log);
  // The launcher is where these two are derived; the server it starts reads them like any other.
  deriveEnvironment({ DATABASE_URL: url, BETTER_AUTH_SECRET: config.authSecret ?? (await localAuthSecret(config.stateDir)) });
  await createInitialAdminFromEnv(log);
  // After the secret is derived, which the tokens are encrypted with; imported here, once
  // DATABASE_URL is final, because the database client reads it when first loaded.
  const { fillMissingMetricsTokens } = await import("@/server/services/metrics/metrics-token");
  const filled = await fillMissingMetricsTokens();
  if (filled) log(`created a metrics token for ${filled} organization(s)`);
  const stopMailCatcher = await mailCatcherForDevelopment();

  if (mode === "start" && !existsSync(path.resolve(config.distDir, "BUILD_ID"))) {
    log("no production build yet: running `next build` first");
    await run([require.resolve("next/dist/bin/next"), "build"]);
  }
  log(`Roster on http://localhost:${config.port}`);
  // Spawned directly, not through a shell, so that signals reach the server.
  const child = spawn(process.execPath, serverCommand(mode), { stdio: "inherit", env: process.env });
  const forward = (signal: NodeJS.Signals) => child.kill(signal);
  process.on("SIGINT", forward);
  process.on("SIGTERM", forward);
  child.on("exit", async (code, signal) => {
    await stopMailCatcher();
    if (embedded?.owned) await embedded.stop();
    process.exit(code ?? (signal ? 0 : 1));
  });
}

/** Outside production, a local SMTP server that keeps what Roster sends, for the Mail catcher page. */
async function mailCatcherForDevelopment(): Promise<() => Promise<void>> {
  if (config.isProduction) return async () => undefined;
  try {
    const stop = await startMailCatcher(log);
    deriveEnvironment({ ROSTER_MAIL_CATCHER: "on" });
    const given = await giveOrganizationsTheMailCatcher();
    if (given) log(`mail catcher: the default email provider of ${given} organization(s)`);
    return stop;
  } catch (error) {
    log(`mail catcher not started (${error instanceof Error ? error.message : String(error)}); set ROSTER_MAIL_CATCHER_PORT to a free port`);
    return async () => undefined;
  }
}

function run(args: string[]) {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, args, { stdio: "inherit", env: process.env });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

main().catch((error) => {
  console.error("[roster] could not start:", error instanceof ConfigError || error instanceof Error ? error.message : error);
  process.exit(1);
});
