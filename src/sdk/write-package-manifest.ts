// The package another project installs: dist/ with the SDK and the `roster` command, a README and a
// manifest whose dependencies are only what the built files import, so installing the client does
// not pull in the server's packages. `npm run build:sdk` writes it after bundling.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// @trpc/client at run time; @trpc/server and trpc-to-openapi for the types the .d.ts refers to.
const CLIENT_DEPENDENCIES = ["@trpc/client", "@trpc/server", "trpc-to-openapi"];

const root = path.resolve(import.meta.dirname, "../..");
const server = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8"));

const manifest = {
  name: server.name,
  version: server.version,
  description: "Roster's typed client SDK (roster/sdk) and the roster command",
  type: "module",
  engines: server.engines,
  exports: { "./sdk": { types: "./sdk/index.d.ts", import: "./sdk/index.js" } },
  bin: { roster: "./cli/roster.js" },
  dependencies: Object.fromEntries(CLIENT_DEPENDENCIES.map((name) => [name, server.dependencies[name]])),
};
writeFileSync(path.join(root, "dist/package.json"), `${JSON.stringify(manifest, null, 2)}\n`);
writeFileSync(
  path.join(root, "dist/README.md"),
  [
    "# roster",
    "",
    "Roster's typed client SDK and the `roster` command.",
    "",
    "```ts",
    'import { createRosterClient } from "roster/sdk";',
    "",
    'const roster = createRosterClient({ baseUrl: "https://roster.example.com", apiKey: process.env.ROSTER_API_KEY });',
    'const people = await roster.user.all.query({ search: "jo" });',
    "```",
    "",
    "`roster --help` lists the commands. Both are described in Roster's README.",
    "",
  ].join("\n"),
);
