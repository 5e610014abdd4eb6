import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { newestSource } from "./global-build";

/** The SDK's and the command's built files, which the SDK and CLI tests run. */
export const SDK_DIST = { js: path.resolve("dist/sdk/index.js"), dts: path.resolve("dist/sdk/index.d.ts"), cli: path.resolve("dist/cli/roster.js"), manifest: path.resolve("dist/package.json") };

/** `npm run build:sdk` when a built file is missing or older than src/ or package.json. */
export function ensureSdkBuild() {
  const sources = Math.max(newestSource(path.resolve("src")), statSync("package.json").mtimeMs);
  const built = Object.values(SDK_DIST).map((file) => (existsSync(file) ? statSync(file).mtimeMs : 0));
  if (Math.min(...built) > sources) return;
  console.log("[tests] building the SDK and the roster command (npm run build:sdk)…");
  const result = spawnSync("npm", ["run", "build:sdk"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("npm run build:sdk failed");
}

export default function setup() {
  ensureSdkBuild();
}
