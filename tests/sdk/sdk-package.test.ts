import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { withOwner } from "../support/owner";
import { startRoster, type RosterServer } from "../support/roster-server";
import type { Fixtures } from "../support/server-fixtures";

const run = promisify(execFile);
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");

/** Runs a command; resolves with its exit code and output whatever the code. */
async function exec(command: string, args: string[], cwd: string, env: Record<string, string> = {}) {
  try {
    const { stdout, stderr } = await run(command, args, { cwd, env: { ...process.env, ...env }, maxBuffer: 20 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const e = error as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof e.code === "number" ? e.code : 1, stdout: e.stdout ?? "", stderr: e.stderr ?? "" };
  }
}

const CONSUMER = `import { createRosterClient, RosterError, type RosterOutputs } from "roster/sdk";

export async function main(baseUrl: string, apiKey: string) {
  const roster = createRosterClient({ baseUrl, apiKey });
  const users: RosterOutputs["user"]["all"] = await roster.user.all.query({ search: "jo" });
  const created = await roster.user.createApiKey.mutate({ name: "from-the-tarball" });
  let missing = "";
  try {
    await roster.user.one.query({ userId: "no-such-user" });
  } catch (error) {
    if (error instanceof RosterError) missing = \`\${error.status} \${error.code}\`;
  }
  return { usernames: users.map((u) => u.username), keyLength: created.key.length, missing };
}
`;

// Roster as another project installs it: `npm pack`, the tarball installed into a scratch project
// outside the repository, a consumer (a browser-style project: no Node types) type-checked against
// the bundled .d.ts and run against a live server, and the same SDK bundled for a browser.
describe("the packed roster tarball in another project", () => {
  let scratch: string;
  let server: RosterServer;
  let fx: Fixtures;
  let key: string;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), "roster-consumer-"));
    // The client package is dist/ with its own manifest: the SDK, the command and their few dependencies.
    const pack = await exec("npm", ["pack", "./dist", "--pack-destination", scratch], process.cwd());
    expect(pack.code, pack.stderr).toBe(0);
    const tarball = path.join(scratch, pack.stdout.trim().split("\n").at(-1)!);
    writeFileSync(path.join(scratch, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
    // From npm's cache (the repository's own install filled it); the registry only for what is missing.
    const install = await exec("npm", ["install", "--prefer-offline", "--ignore-scripts", "--omit=optional", "--no-audit", "--no-fund", tarball], scratch);
    expect(install.code, install.stderr).toBe(0);
    writeFileSync(
      path.join(scratch, "tsconfig.json"),
      JSON.stringify({ compilerOptions: { target: "es2022", module: "nodenext", moduleResolution: "nodenext", strict: true, skipLibCheck: true, lib: ["es2022", "dom"], types: [], outDir: "out" } }),
    );
    server = await startRoster();
    const owner = await withOwner(server);
    fx = owner.fx;
    key = (await fx.insertApiKey(owner.ownerId, owner.organizationId)).key;
    await fx.createMember(owner.organizationId, { username: "joanna" });
  }, 600_000);
  afterAll(async () => {
    await fx?.db.$disconnect();
    await server?.stop();
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  });

  /** tsc over one file of the scratch project, as its own build would run it; JavaScript goes to out/. */
  const typeCheck = async (name: string, source: string) => {
    writeFileSync(path.join(scratch, `${name}.ts`), source);
    writeFileSync(path.join(scratch, `tsconfig.${name}.json`), JSON.stringify({ extends: "./tsconfig.json", files: [`${name}.ts`] }));
    return exec(process.execPath, [tsc, "-p", `tsconfig.${name}.json`], scratch);
  };

  it("holds only the built SDK and command (no server source) and type-checks a consumer against its .d.ts", async () => {
    const files = await exec("tar", ["-tzf", (await exec("sh", ["-c", "ls *.tgz"], scratch)).stdout.trim()], scratch);
    expect(files.stdout.split("\n").filter(Boolean).sort()).toEqual(["package/README.md", "package/cli/roster.js", "package/package.json", "package/sdk/index.d.ts", "package/sdk/index.js"]);
    // Installing the client brings none of the server's packages.
    for (const server of ["next", "@prisma/client", "better-auth", "pg-boss"]) expect(existsSync(path.join(scratch, "node_modules", server)), server).toBe(false);
    const result = await typeCheck("consumer", CONSUMER);
    expect(result.stdout + result.stderr).toBe("");
    expect(result.code).toBe(0);
  }, 180_000);

  it("refuses to compile a wrong procedure name or a wrong input type", async () => {
    const wrongName = await typeCheck("wrong-name", CONSUMER.replace("roster.user.all.query", "roster.user.everyone.query"));
    expect(wrongName.code).not.toBe(0);
    expect(wrongName.stdout).toMatch(/wrong-name\.ts\(\d+,\d+\): error TS2339: Property 'everyone' does not exist/);

    const wrongInput = await typeCheck("wrong-input", CONSUMER.replace('{ search: "jo" }', "{ search: 42 }"));
    expect(wrongInput.code).not.toBe(0);
    expect(wrongInput.stdout).toMatch(/wrong-input\.ts\(\d+,\d+\): error TS2322: Type 'number' is not assignable to type 'string'/);
  }, 240_000);

  it("runs the consumer, compiled by tsc, against a live server", async () => {
    // The consumer as plain JavaScript: what tsc emitted when it type-checked it above.
    writeFileSync(path.join(scratch, "run.mjs"), 'const { main } = await import("./out/consumer.js"); console.log(JSON.stringify(await main(process.env.ROSTER_URL, process.env.ROSTER_API_KEY)));');
    const result = await exec(process.execPath, ["run.mjs"], scratch, { ROSTER_URL: server.url, ROSTER_API_KEY: key });
    expect(result.stderr).toBe("");
    expect(JSON.parse(result.stdout)).toEqual({ usernames: ["joanna"], keyLength: expect.any(Number), missing: "404 NOT_FOUND" });
  });

  it("installs the roster command as a bin that answers --help and talks to the server", async () => {
    const bin = path.join(scratch, "node_modules", ".bin", "roster");
    const help = await exec(bin, ["user", "--help"], scratch);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: roster user");
    const ls = await exec(bin, ["user", "ls", "-j", "--search", "joanna"], scratch, { ROSTER_URL: server.url, ROSTER_API_KEY: key });
    expect(ls.code, ls.stderr).toBe(0);
    expect(JSON.parse(ls.stdout).map((u: { username: string }) => u.username)).toEqual(["joanna"]);
  });

  it("bundles for a browser: no Node built-ins in the SDK", async () => {
    const esbuild = (await import("esbuild")) as typeof import("esbuild");
    const result = await esbuild.build({
      stdin: { contents: 'import { createRosterClient } from "roster/sdk"; globalThis.roster = createRosterClient({ baseUrl: location.origin });', resolveDir: scratch },
      bundle: true,
      platform: "browser",
      format: "esm",
      write: false,
      logLevel: "silent",
    });
    expect(result.errors).toEqual([]);
    expect(result.outputFiles[0]!.text).toContain("/api/trpc");
  });
});
