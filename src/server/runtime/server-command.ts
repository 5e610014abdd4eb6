import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The arguments for `node` that run Roster's HTTP server (serve.ts, through tsx) in `mode`. */
export function serverCommand(mode: "dev" | "start"): string[] {
  const serve = path.join(import.meta.dirname, "serve.ts");
  return ["--import", require.resolve("tsx"), serve, mode];
}
