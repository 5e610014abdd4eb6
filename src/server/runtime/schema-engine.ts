// Prisma's migrate engine as WebAssembly. The CLI's native engine is downloaded from Prisma's
// binaries host, which machines without internet access cannot reach, so Roster drives the wasm
// build of the same engine: it writes `_prisma_migrations` exactly as `prisma migrate deploy` does.
// Not a public Prisma API: the versions are pinned in package.json and a test applies every
// migration to an empty database.
import { readFile, readdir } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";

const require = createRequire(import.meta.url);

export const PRISMA_DIR = path.resolve(process.cwd(), "prisma");
export const SCHEMA_PATH = path.join(PRISMA_DIR, "schema.prisma");
export const MIGRATIONS_DIR = path.join(PRISMA_DIR, "migrations");

type EngineModule = typeof import("@prisma/schema-engine-wasm/schema_engine_bg");
type Engine = import("@prisma/schema-engine-wasm/schema_engine_bg").SchemaEngine;

// Process-wide: the glue module is a singleton in Node's module cache, and instantiating the wasm a
// second time against it (a bundler or test runner may load this file twice) breaks it.
const globalForEngine = globalThis as unknown as { rosterSchemaEngine?: Promise<EngineModule> };

async function loadEngineModule(): Promise<EngineModule> {
  const glue: EngineModule = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg").replace(/\.js$/, ".wasm");
  const { instance } = await WebAssembly.instantiate(await readFile(wasmPath), {
    "./schema_engine_bg.js": glue as unknown as WebAssembly.ModuleImports,
  });
  glue.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return glue;
}

export async function withSchemaEngine<T>(
  adapter: SqlMigrationAwareDriverAdapterFactory,
  run: (engine: Engine, schemaText: string) => Promise<T>,
): Promise<T> {
  globalForEngine.rosterSchemaEngine ??= loadEngineModule();
  const { SchemaEngine } = await globalForEngine.rosterSchemaEngine;
  const schemaText = await readFile(SCHEMA_PATH, "utf8");
  const engine = await SchemaEngine.new(
    { datamodels: [[SCHEMA_PATH, schemaText]] },
    () => {},
    bindMigrationAwareSqlAdapterFactory(adapter),
  );
  try {
    return await run(engine, schemaText);
  } finally {
    engine.free();
  }
}

/** The migrations folder in the shape the engine takes (directory names, not absolute paths). */
export async function readMigrationsList() {
  const entries = await readdir(MIGRATIONS_DIR, { withFileTypes: true }).catch(() => []);
  const dirs = entries.filter((e) => e.isDirectory()).map((e) => e.name).sort();
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  const lockContent = await readFile(lockPath, "utf8").catch(() => 'provider = "postgresql"\n');
  return {
    baseDir: MIGRATIONS_DIR,
    lockfile: { path: "migration_lock.toml", content: lockContent },
    shadowDbInitScript: "",
    migrationDirectories: await Promise.all(
      dirs.map(async (dir) => ({
        path: dir,
        migrationFile: {
          path: "migration.sql",
          content: { tag: "ok" as const, value: await readFile(path.join(MIGRATIONS_DIR, dir, "migration.sql"), "utf8") },
        },
      })),
    ),
  };
}

export const NO_FILTERS = { externalTables: [], externalEnums: [] };
