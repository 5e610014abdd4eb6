import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedServer } from "@/server/runtime/embedded-postgres";
import { applyMigrations } from "@/server/runtime/migrate";
import { freePort } from "./free-port";
import { dropTestDatabases, templateName, withClient, withDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    adminUrl: string;
    template: string;
    runId: string;
  }
}

/**
 * One PostgreSQL for the whole run: the server in DATABASE_URL when set, otherwise a throwaway
 * embedded one. A template database gets every migration once; test files copy it.
 */
export default async function setup(project: TestProject) {
  let embedded: EmbeddedServer | null = null;
  let dataDir: string | null = null;
  let adminUrl = process.env.DATABASE_URL ? withDatabase(process.env.DATABASE_URL, "postgres") : null;
  if (!adminUrl) {
    dataDir = mkdtempSync(path.join(tmpdir(), "roster-test-pg-"));
    embedded = await startEmbeddedPostgres({ dataDir, port: await freePort() });
    adminUrl = embedded.url("postgres");
  }
  const template = templateName();
  await ensureTemplate(adminUrl, template);
  const runId = `${process.pid}`;
  project.provide("adminUrl", adminUrl);
  project.provide("template", template);
  project.provide("runId", runId);

  return async () => {
    await dropTestDatabases(adminUrl, runId);
    if (embedded) await embedded.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  };
}

async function ensureTemplate(adminUrl: string, template: string) {
  await withClient(adminUrl, async (client) => {
    // Several test runs may share one server: take turns building the template.
    await client.query("SELECT pg_advisory_lock(4242)");
    try {
      const { rowCount } = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [template]);
      if (rowCount) return;
      const building = `${template}_building`;
      await client.query(`DROP DATABASE IF EXISTS "${building}"`);
      await client.query(`CREATE DATABASE "${building}"`);
      await applyMigrations(withDatabase(adminUrl, building));
      await client.query(`ALTER DATABASE "${building}" RENAME TO "${template}"`);
    } finally {
      await client.query("SELECT pg_advisory_unlock(4242)");
    }
  });
}
