import { statSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { spawnSync } from "node:child_process";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freePort } from "../support/free-port";
import { freshConfigHome, runRoster } from "../support/roster-cli";
import { startRoster, type RosterServer } from "../support/roster-server";

const configFile = (home: string) => path.join(home, "roster", "config.json");

// Setup, login, whoami and logout as a newcomer runs them, against a fresh server; then the
// failures a script must tell apart: a bad key, a server that is down.
describe("roster setup, login, whoami, logout", () => {
  let server: RosterServer;
  const home = freshConfigHome();

  beforeAll(async () => {
    server = await startRoster();
  });
  afterAll(() => server?.stop());

  it("setup on a fresh server creates the administrator and logs in: the stored file is 0600", async () => {
    const setup = await runRoster(["setup", "--url", server.url, "--username", "admin", "--password-stdin", "--login"], { input: "admin-password\n", configHome: home });
    expect(setup.stderr).toBe("");
    expect(setup.code).toBe(0);
    expect(setup.stdout).toMatch(/^Created administrator admin, owner of .+\nLogged in to http:\/\/127\.0\.0\.1:\d+ as admin \(.+\); saved in .+config\.json\n$/);
    expect(statSync(configFile(home)).mode & 0o777).toBe(0o600);
    expect(statSync(path.dirname(configFile(home))).mode & 0o777).toBe(0o700);
    const stored = JSON.parse(readFileSync(configFile(home), "utf8"));
    expect(stored).toMatchObject({ url: server.url, username: "admin", apiKey: expect.any(String), apiKeyId: expect.any(String) });
    expect(JSON.stringify(stored)).not.toContain("admin-password");
  });

  it("whoami answers from the stored login, with no flags or environment", async () => {
    const whoami = await runRoster(["whoami", "-j"], { configHome: home });
    expect(whoami.code).toBe(0);
    expect(whoami.json()).toMatchObject({ url: server.url, credential: "login", username: "admin", role: "owner" });
    expect(whoami.stdout).not.toContain(JSON.parse(readFileSync(configFile(home), "utf8")).apiKey);
    const table = await runRoster(["whoami"], { configHome: home });
    expect(table.stdout).toMatch(/^ORGANIZATION\s+\S/m);
  });

  it("setup a second time says the server is already set up (exit 5) and creates nobody", async () => {
    const again = await runRoster(["setup", "--url", server.url, "--username", "intruder", "--password-stdin"], { input: "intruder-password\n" });
    expect(again.code).toBe(5);
    expect(again.stderr).toBe(`error: Roster at ${server.url} is already set up: log in with \`roster login\`\n`);
    const users = await runRoster(["user", "ls", "-j"], { configHome: home });
    expect(users.json().map((u: { username: string }) => u.username)).toEqual(["admin"]);
  });

  it("login with a bad key is exit 7 and stores nothing; a good key from stdin is stored", async () => {
    const other = freshConfigHome();
    const bad = await runRoster(["login", "--url", server.url, "--api-key-stdin"], { input: "rst_wrong\n", configHome: other });
    expect(bad.code).toBe(7);
    expect(bad.stderr).toMatch(/^error: .+\nhint: check the API key/);
    expect(existsSync(configFile(other))).toBe(false);

    const created = await runRoster(["apikey", "create", "laptop", "-j"], { configHome: home });
    const key = created.json().key as string;
    const good = await runRoster(["login", "--url", server.url, "--api-key-stdin"], { input: `${key}\n`, configHome: other });
    expect(good.code).toBe(0);
    expect(statSync(configFile(other)).mode & 0o777).toBe(0o600);
    expect((await runRoster(["whoami", "-j"], { configHome: other })).json().username).toBe("admin");
  });

  it("flags override the environment: --api-key wins over a wrong ROSTER_API_KEY", async () => {
    const key = JSON.parse(readFileSync(configFile(home), "utf8")).apiKey;
    const wrongEnv = await runRoster(["whoami"], { env: { ROSTER_URL: server.url, ROSTER_API_KEY: "rst_wrong" } });
    expect(wrongEnv.code).toBe(7);
    const overridden = await runRoster(["whoami", "-j", "--api-key", key], { env: { ROSTER_URL: server.url, ROSTER_API_KEY: "rst_wrong" } });
    expect(overridden.code).toBe(0);
    expect(overridden.json().credential).toBe("flag");
  });

  it("a stored key is never sent to another address given with --url", async () => {
    const elsewhere = `http://127.0.0.1:${await freePort()}`;
    const result = await runRoster(["whoami", "--url", elsewhere], { configHome: home });
    expect(result.code).toBe(7);
    expect(result.stderr).toContain(`Not logged in to ${elsewhere}`);
  });

  it("a server that is down is exit 6 with the reason", async () => {
    const down = `http://127.0.0.1:${await freePort()}`;
    const result = await runRoster(["user", "ls"], { env: { ROSTER_URL: down, ROSTER_API_KEY: "rst_any" } });
    expect(result.code).toBe(6);
    expect(result.stderr).toMatch(/^error: Cannot reach Roster: .*ECONNREFUSED/);
    expect(result.stdout).toBe("");
  });

  it("no address at all is a usage error naming the ways to give one", async () => {
    const result = await runRoster(["user", "ls"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe("error: No Roster address: pass --url, set ROSTER_URL, or run `roster login`\n");
  });

  it("logout removes the file and revokes the key login made", async () => {
    const key = JSON.parse(readFileSync(configFile(home), "utf8")).apiKey;
    const logout = await runRoster(["logout"], { configHome: home });
    expect(logout.code).toBe(0);
    expect(logout.stdout).toBe(`Logged out of ${server.url}\n`);
    expect(existsSync(configFile(home))).toBe(false);
    const revoked = await runRoster(["whoami", "--url", server.url, "--api-key", key]);
    expect(revoked.code).toBe(7);
    expect((await runRoster(["logout"], { configHome: home })).stdout).toBe("Not logged in\n");
  });

  it("completion scripts: bash is valid shell and offers the commands", async () => {
    const bash = await runRoster(["completion", "bash"]);
    expect(bash.code).toBe(0);
    expect(bash.stdout).toContain("complete -F _roster roster");
    expect(bash.stdout).toMatch(/"user"\) words="ls get add modify rm enable disable add-to-group rm-from-group change-password reset-password /);
    expect(spawnSync("bash", ["-n"], { input: bash.stdout }).status).toBe(0);
    const zsh = await runRoster(["completion", "zsh"]);
    expect(zsh.stdout).toMatch(/^#compdef roster/);
    const fish = await runRoster(["completion", "fish"]);
    expect(fish.stdout).toContain('complete -c roster -n "__fish_use_subcommand" -a group');
    expect((await runRoster(["completion", "tcsh"])).code).toBe(2);
  });
});
