// `npm run build:sdk`: the SDK (ES module + one bundled .d.ts typed from the server's router, for
// Node and browser bundles) and the `roster` command (one self-contained file, so it starts fast).
import { defineConfig } from "tsup";

export default defineConfig([
  {
    entry: { index: "src/sdk/index.ts" },
    outDir: "dist/sdk",
    format: ["esm"],
    target: "es2022",
    // Neutral: no Node built-ins, so browser bundlers take it as it is.
    platform: "neutral",
    external: ["@trpc/client", "@trpc/server"],
    // One .d.ts with the router's procedures, inputs and outputs written out: no server source needed.
    dts: { resolve: true, compilerOptions: { incremental: false, composite: false } },
    clean: true,
    tsconfig: "tsconfig.json",
  },
  {
    entry: { roster: "src/cli/roster.ts" },
    outDir: "dist/cli",
    format: ["esm"],
    target: "node20",
    platform: "node",
    // Everything bundled in: the command needs no node_modules lookups at start-up.
    noExternal: [/.*/],
    // Bundled CommonJS dependencies (commander) call require() for Node's built-ins.
    banner: { js: 'import { createRequire as __rosterRequire } from "node:module"; const require = __rosterRequire(import.meta.url);' },
    clean: true,
    tsconfig: "tsconfig.json",
  },
]);
