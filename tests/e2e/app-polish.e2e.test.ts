import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { fixturesFor, type Fixtures } from "../support/server-fixtures";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { screenshot, signIn } from "./dashboard";

// The dashboard's finish: setup that names the organization and signs in, designed 404 page, icons,
// light and dark themes, empty lists with their action, readable IPs, the audit filters and the
// Metrics page's history; at a desktop's width and at a phone's (390 px).
const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 390, height: 844 };
const ADMIN = { username: "founder", password: "founder-password" };

/** How far the page reaches past the screen's right edge, in CSS pixels (0: no sideways scroll). */
const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** Every response of 400 or more the page met, and every console error: a missing favicon shows in both. */
function watchFailures(page: Page) {
  const failures: string[] = [];
  page.on("response", (res) => {
    if (res.status() >= 400) failures.push(`${res.status()} ${new URL(res.url()).pathname}`);
  });
  page.on("console", (message) => {
    if (message.type() === "error") failures.push(`console: ${message.text()}`);
  });
  return failures;
}

const isDark = (page: Page) => page.evaluate(() => document.documentElement.classList.contains("dark"));
const bodyBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

async function chooseTheme(page: Page, name: "System" | "Light" | "Dark") {
  await page.getByRole("button", { name: /Account menu/ }).click();
  await page.getByRole("menuitemradio", { name }).click();
  await page.keyboard.press("Escape");
}

describe.each([
  ["desktop", DESKTOP],
  ["phone", PHONE],
] as const)("first setup at a %s's width", (name, viewport) => {
  const browser = useBrowser();
  let server: RosterServer;
  beforeAll(async () => {
    server = await startRoster();
  });
  afterAll(() => server?.stop());

  it("names the organization and lands in the dashboard signed in, with no failed request", async () => {
    const page = await browser.newPage(`setup-${name}`, viewport);
    const failures = watchFailures(page);
    await page.goto(server.url);
    await page.waitForURL(/\/setup$/);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByLabel("Organization name").fill("Acme Labs");
    await page.getByLabel("Username").fill(ADMIN.username);
    await page.getByLabel("Password").fill(ADMIN.password);
    await screenshot(page, `setup-${name}`);
    await page.getByRole("button", { name: "Create administrator" }).click();
    // Administrators land on the Users page, signed in: no sign-in form on the way. (A first build
    // of each page can be slow on a busy machine: patience, not a deadline.)
    await page.waitForURL(/\/users$/, { timeout: 45_000 });
    await page.getByRole("heading", { level: 1, name: "User Manager" }).waitFor();
    if (name === "desktop") expect(await page.getByTestId("organization-name").textContent()).toBe("Acme Labs");
    else await page.getByRole("banner").getByText("Acme Labs", { exact: true }).waitFor();
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    expect(failures).toEqual([]);
  });
});

describe("the dashboard's finish", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let fx: Fixtures;
  let adminId: string;
  let cookie: string;

  beforeAll(async () => {
    // One metrics sample a second, so the instance has history by the time the Metrics page opens.
    server = await startRoster({ env: { ROSTER_METRICS_SAMPLE_SECONDS: "1" } });
    const api = httpClient(server.url);
    const setup = await api.post("auth.setup", { ...ADMIN, organizationName: "Acme Labs" });
    expect(setup.status).toBe(200);
    adminId = setup.body.userId;
    fx = await fixturesFor(server);
    cookie = (await api.signIn(ADMIN.username, ADMIN.password)).cookie;
  });
  afterAll(() => server?.stop());

  for (const [name, viewport] of [
    ["desktop", DESKTOP],
    ["phone", PHONE],
  ] as const) {
    it(`answers an unknown address with a designed 404 page and a link back, at a ${name}'s width`, async () => {
      const page = await browser.newPage(`not-found-${name}`, viewport);
      await signIn(page, server.url, ADMIN.username, ADMIN.password);
      const response = await page.goto(`${server.url}/no-such-page`);
      expect(response?.status()).toBe(404);
      await page.getByRole("heading", { level: 1, name: "Page not found" }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `not-found-${name}`);
      await page.getByRole("link", { name: "Go to the dashboard" }).click();
      await page.waitForURL(/\/users$/);
    });

    it(`offers the create action in an empty list, at a ${name}'s width`, async () => {
      const page = await browser.newPage(`empty-state-${name}`, viewport);
      await signIn(page, server.url, ADMIN.username, ADMIN.password);
      await page.goto(`${server.url}/workspaces`);
      const empty = page.getByRole("status").filter({ hasText: "No workspaces yet" });
      await empty.getByRole("button", { name: "Create a workspace" }).click();
      await page.getByRole("dialog", { name: "Create a workspace" }).waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await page.keyboard.press("Escape");

      await page.goto(`${server.url}/api-keys`);
      await page.getByRole("status").filter({ hasText: "You have no API keys" }).getByRole("button", { name: "Create an API key" }).click();
      await page.getByRole("dialog").waitFor();
      expect(await overflow(page)).toBeLessThanOrEqual(0);
    });
  }

  it("serves the favicon, the app icons and the web manifest", async () => {
    for (const path of ["/favicon.ico", "/favicon.svg", "/apple-touch-icon.png", "/icon-192.png", "/icon-512.png"]) {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.headers.get("content-type"), path).toMatch(/^image\//);
    }
    const manifest = await fetch(`${server.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const icons = ((await manifest.json()) as { icons: { src: string }[] }).icons.map((i) => i.src);
    expect(icons).toEqual(expect.arrayContaining(["/icon-192.png", "/icon-512.png"]));
    const page = await browser.newPage("icons");
    const failures = watchFailures(page);
    await signIn(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(`${server.url}/profile`);
    await page.getByRole("heading", { level: 1, name: "Profile" }).waitFor();
    expect(await page.locator('link[rel="icon"]').count()).toBeGreaterThan(0);
    expect(failures).toEqual([]);
  });

  it("follows a dark system theme from the first paint; the menu's choice overrides it and is remembered", async () => {
    const page = await browser.newPage("dark-theme");
    const cdp = await page.context().newCDPSession(page);
    await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: "dark" }] });
    const failures = watchFailures(page);
    await signIn(page, server.url, ADMIN.username, ADMIN.password);
    // The theme is set by the first script in <head>: before any stylesheet or React runs.
    const html = await (await fetch(`${server.url}/sign-in`)).text();
    expect(html.indexOf("roster-theme")).toBeGreaterThan(-1);
    expect(html.indexOf("roster-theme")).toBeLessThan(html.indexOf("<body"));
    await page.goto(`${server.url}/audit`);
    expect(await isDark(page)).toBe(true);
    const dark = await bodyBackground(page);
    await screenshot(page, "audit-dark");

    await chooseTheme(page, "Light");
    expect(await isDark(page)).toBe(false);
    expect(await bodyBackground(page)).not.toBe(dark);
    await page.reload();
    await page.getByRole("heading", { level: 1, name: "Audit log" }).waitFor();
    expect(await isDark(page)).toBe(false);

    await chooseTheme(page, "Dark");
    await page.goto(`${server.url}/workspaces`);
    expect(await isDark(page)).toBe(true);
    await chooseTheme(page, "System");
    expect(await isDark(page)).toBe(true);
    await cdp.send("Emulation.setEmulatedMedia", { features: [{ name: "prefers-color-scheme", value: "light" }] });
    await expect.poll(() => isDark(page)).toBe(false);
    // No inline script was refused by the Content-Security-Policy along the way.
    expect(failures).toEqual([]);
  });

  it("shows IP addresses as people write them in the sessions list", async () => {
    await fx.db.session.create({
      data: {
        id: "session-from-old-version",
        token: "token-of-a-session-from-an-old-version",
        userId: adminId,
        ipAddress: "::ffff:192.0.2.7",
        userAgent: "Mozilla/5.0 (X11; Linux x86_64) Chrome/140.0 Safari/537.36",
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    });
    const page = await browser.newPage("sessions-ip", PHONE);
    await signIn(page, server.url, ADMIN.username, ADMIN.password);
    await page.goto(`${server.url}/users/${adminId}`);
    const sessions = page.getByRole("table", { name: /sessions/i });
    await sessions.getByRole("cell", { name: "192.0.2.7", exact: true }).waitFor();
    await sessions.getByRole("cell", { name: "127.0.0.1", exact: true }).first().waitFor();
    expect(await sessions.getByText("::ffff:").count()).toBe(0);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });

  it("filters the audit log by an action chosen from the known actions and by a date range", async () => {
    const api = httpClient(server.url);
    for (const workspace of ["ops", "prod"]) expect((await api.post("workspace.create", { name: workspace }, { cookie })).status).toBe(200);
    expect((await api.post("group.create", { name: "testers" }, { cookie })).status).toBe(200);

    for (const [name, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      const page = await browser.newPage(`audit-filters-${name}`, viewport);
      await signIn(page, server.url, ADMIN.username, ADMIN.password);
      await page.goto(`${server.url}/audit`);
      const rows = page.getByRole("table", { name: "Audit events" }).locator("tbody tr");
      const actions = () => rows.locator("td:nth-child(3)").allTextContents();
      await expect.poll(async () => (await actions()).length).toBeGreaterThanOrEqual(4);

      await page.getByLabel("Action", { exact: true }).click();
      // The list holds the server's actions, including ones that never happened here.
      await page.getByRole("option", { name: "invitation.accept", exact: true }).waitFor();
      await page.getByRole("option", { name: "workspace.create", exact: true }).click();
      await expect.poll(actions).toEqual(["workspace.create", "workspace.create"]);

      await page.getByRole("button", { name: "Last 24 hours" }).click();
      expect(await page.getByRole("button", { name: "Last 24 hours" }).getAttribute("aria-pressed")).toBe("true");
      await expect.poll(actions).toEqual(["workspace.create", "workspace.create"]);
      // A range that ends before today holds none of them.
      await page.getByLabel("To", { exact: true }).fill("2020-01-31");
      await page.getByText("No events match these filters").waitFor();
      expect(await page.getByRole("button", { name: "Last 24 hours" }).getAttribute("aria-pressed")).toBe("false");
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `audit-filters-${name}`);
      await page.getByRole("button", { name: "Clear filters" }).click();
      await expect.poll(async () => (await actions()).length).toBeGreaterThanOrEqual(4);
    }
  });

  it("opens the Metrics page with a chart of several points at once", async () => {
    const api = httpClient(server.url);
    // The instance has sampled a few times since it started.
    await expect
      .poll(async () => ((await api.get("user.getMetricsSummary", {}, { cookie })).body as { history: unknown[] }).history.length, { timeout: 20_000 })
      .toBeGreaterThanOrEqual(4);
    for (const [name, viewport] of [
      ["desktop", DESKTOP],
      ["phone", PHONE],
    ] as const) {
      const page = await browser.newPage(`metrics-history-${name}`, viewport);
      await signIn(page, server.url, ADMIN.username, ADMIN.password);
      await page.goto(`${server.url}/metrics`);
      const line = page.getByRole("figure", { name: "Requests per second" }).locator(".recharts-line-curve").first();
      await line.waitFor();
      // The page asks for new numbers every 5 s: several points at once can only come from the history.
      const points = ((await line.getAttribute("d")) ?? "").split(/[ML]/).filter((p) => p.trim()).length;
      expect(points).toBeGreaterThanOrEqual(3);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      await screenshot(page, `metrics-history-${name}`);
    }
  });
});
