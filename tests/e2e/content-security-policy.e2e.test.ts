import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withAdaInOperators, withOwner } from "./dashboard";

// The dashboard under its Content-Security-Policy (a nonce per page, src/proxy.ts): every section,
// a dialog (Radix positions it with inline styles) and a toast (its stylesheet is injected at run
// time) work with no console error and no policy violation.
describe("the dashboard under its Content-Security-Policy", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;
  let groupId: string;

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    ({ groupId } = await withAdaInOperators(seeded));
  });
  afterAll(() => server?.stop());

  /** Console errors, uncaught errors and policy violations, as they happen; and every document's policy. */
  async function watch(page: Page) {
    const problems: string[] = [];
    const policies: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error") problems.push(`console error: ${message.text()} (${message.location().url})`);
    });
    page.on("pageerror", (error) => problems.push(`uncaught: ${error.message}`));
    page.on("response", (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
      if (response.request().resourceType() === "document") policies.push(response.headers()["content-security-policy"] ?? "(none)");
    });
    // Reported by the browser as an event; init scripts come from the test driver, not the page.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (event) => {
        console.error(`policy violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline"} at ${event.sourceFile}:${event.lineNumber}`);
      });
    });
    return { problems, policies };
  }

  const section = async (page: Page, link: string, heading: string) => {
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: link }).click();
    await page.getByRole("heading", { level: 1, name: heading }).waitFor();
  };

  it("signs in and visits every section, a user, a group and the API reference with no console error or violation", async () => {
    const page = await browser.newPage("csp-sections");
    const { problems, policies } = await watch(page);
    await signIn(page, server.url, OWNER.username, OWNER.password);

    await section(page, "Users", "User Manager");
    await page.getByRole("button", { name: "Create user" }).click();
    await page.getByRole("dialog").waitFor();
    await page.keyboard.press("Escape");
    await page.getByRole("tab", { name: "Groups" }).click();
    await page.getByRole("table").getByText("operators").waitFor();
    await section(page, "Workspaces", "Workspaces");
    await section(page, "API keys", "API keys");
    await section(page, "Audit log", "Audit log");
    await section(page, "Metrics", "Metrics");
    await section(page, "Profile", "Profile");
    await page.getByLabel("First name").fill("Olive");
    await page.getByRole("button", { name: "Save profile" }).click();
    await page.locator("[data-sonner-toast]").filter({ hasText: "Profile saved" }).waitFor();
    await screenshot(page, "profile-under-csp", { viewportOnly: true });

    // Full page loads, each with its own nonce.
    const ada = await seeded.fx.db.user.findUniqueOrThrow({ where: { username: "ada" } });
    await page.goto(`${server.url}/users/${ada.id}`);
    await page.getByRole("heading", { name: "Ada Lovelace" }).waitFor();
    await page.goto(`${server.url}/users/groups/${groupId}`);
    await page.getByRole("heading", { name: "operators" }).waitFor();
    await page.goto(`${server.url}/docs`);
    await page.getByRole("heading", { level: 1, name: "Roster API" }).waitFor();
    // Let late work (charts, refetches) report anything it has to.
    await page.waitForTimeout(500);

    expect(problems).toEqual([]);
    expect(policies.length).toBeGreaterThanOrEqual(4);
    for (const policy of policies) expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
  });

  it("shows a locked account on its page and lets the owner unlock it", async () => {
    const page = await browser.newPage("csp-unlock");
    const { problems } = await watch(page);
    const ada = await seeded.fx.db.user.findUniqueOrThrow({ where: { username: "ada" } });
    await seeded.fx.db.signInLock.create({
      data: { key: `user:${ada.id}`, userId: ada.id, failures: 10, windowStart: new Date(), lockedAt: new Date(), lockedUntil: new Date(Date.now() + 15 * 60_000) },
    });
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.goto(`${server.url}/users/${ada.id}`);
    const notice = page.getByText("Locked after too many failed password attempts");
    await notice.waitFor();
    await screenshot(page, "user-locked");
    await page.getByRole("button", { name: "Unlock" }).click();
    await page.getByRole("alertdialog", { name: "Unlock ada?" }).getByRole("button", { name: "Unlock" }).click();
    await page.locator("[data-sonner-toast]").filter({ hasText: "ada unlocked" }).waitFor();
    await notice.waitFor({ state: "detached" });
    expect(await seeded.fx.db.signInLock.count({ where: { userId: ada.id } })).toBe(0);
    expect(problems).toEqual([]);
  });
});
