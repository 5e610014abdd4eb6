import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "generated") continue;
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs);
  }
  return newest;
}

/**
 * HTTP and browser tests run the production build: build it when it is missing or older than src/.
 * `env` is added to the build's environment (the benchmark builds its own, into NEXT_DIST_DIR).
 */
export function ensureBuild(env: Record<string, string> = {}) {
  const buildId = path.resolve(env.NEXT_DIST_DIR || process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
  const sources = Math.max(newestSource(path.resolve("src")), statSync("next.config.ts").mtimeMs, statSync("package.json").mtimeMs);
  if (existsSync(buildId) && statSync(buildId).mtimeMs > sources) return;
  console.log("[tests] building Roster (next build)…");
  // next build adds its dist folder's types to tsconfig.json; a build folder other than .next must
  // not leave the committed file changed.
  const tsconfig = readFileSync("tsconfig.json", "utf8");
  const result = spawnSync(process.execPath, [require.resolve("next/dist/bin/next"), "build"], {
    stdio: "inherit",
    // No database is needed to build; a placeholder secret keeps better-auth quiet while pages are collected.
    // ROSTER_TEST_BUILD: no type check in the build (npm run typecheck does it), see next.config.ts.
    env: {
      ...process.env,
      NEXT_TELEMETRY_DISABLED: "1",
      ROSTER_TEST_BUILD: "1",
      DATABASE_URL: "",
      BETTER_AUTH_SECRET: process.env.BETTER_AUTH_SECRET ?? "build-time-placeholder-secret-not-used-at-run-time",
      ...env,
    },
  });
  if (readFileSync("tsconfig.json", "utf8") !== tsconfig) writeFileSync("tsconfig.json", tsconfig);
  if (result.status !== 0) throw new Error("next build failed");
}

export default function setup() {
  ensureBuild();
}
