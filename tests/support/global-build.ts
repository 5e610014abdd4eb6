import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/** HTTP and browser tests run the production build: build it when it is missing or older than src/. */
export function ensureBuild() {
  const buildId = path.resolve(process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const sources = Math.max(newestSource(path.resolve("src")), statSync("next.config.ts").mtimeMs, statSync("package.json").mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return;
  console.log("[tests] building Roster (next build)…");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    // No database is needed to build; a placeholder secret keeps better-auth quiet while pages are collected.
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", DATABASE_URL: "", BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "build-time-placeholder-secret-not-used-at-run-time" },
  });
  if (result.status !== 0) throw new Error("next build failed");
}

export default function setup() {
  ensureBuild();
}
