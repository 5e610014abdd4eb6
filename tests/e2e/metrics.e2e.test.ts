import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

describe("the Metrics page", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let seeded: Awaited<ReturnType<typeof withOwner>>;

  beforeAll(async () => {
    server = await startRoster();
    seeded = await withOwner(server);
    // One sample a second, so the charts have points within the test.
    await seeded.fx.db.organization.update({ where: { id: seeded.organizationId }, data: { metricsRefreshRate: 1 } });
  });
  afterAll(() => server?.stop());

  const scrape = (token: string) => fetch(`${server.url}/api/metrics`, { headers: { authorization: `Bearer ${token}` } });

  it("hides the token until revealed, charts the metrics, and rotates the token after a confirmation", async () => {
    const page = await browser.newPage("metrics");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Metrics" }).click();
    await page.waitForURL(/\/metrics$/);

    const token = page.getByRole("status", { name: "Metrics token" });
    expect(await token.textContent()).not.toContain("rmt_");
    expect(await page.locator("#metrics-curl").textContent()).toContain("Bearer <token>");
    await page.getByRole("button", { name: "Reveal token" }).click();
    const first = (await token.textContent())!;
    expect(first).toMatch(/^rmt_/);
    expect(await page.locator("#metrics-curl").textContent()).toBe(`curl -H "Authorization: Bearer ${first}" ${server.url}/api/metrics`);
    const scraped = await scrape(first);
    expect(scraped.status).toBe(200);
    expect(await scraped.text()).toContain("roster_requests_total");

    // Samples arrive every second: the charts draw lines once two have come.
    const requests = page.getByRole("figure", { name: "Requests per second" });
    await requests.locator(".recharts-line").first().waitFor();
    await page.getByRole("figure", { name: "Latency" }).locator(".recharts-line").first().waitFor();
    await page.getByRole("table", { name: "Requests by procedure" }).getByText("user.getMetricsSummary").waitFor();
    // The organization's email counters sit beside the key and rate-limit counters.
    const emails = page.locator('dl[aria-label="Emails"]');
    for (const event of ["Queued", "Sent", "Failed", "Retried"]) await emails.getByText(event, { exact: true }).waitFor();
    await page.getByRole("button", { name: "Hide token" }).click();
    await page.waitForTimeout(2500);
    await screenshot(page, "metrics");
    await page.getByRole("button", { name: "Reveal token" }).click();

    await page.getByRole("button", { name: "Rotate token" }).click();
    const dialog = page.getByRole("alertdialog", { name: "Rotate the metrics token?" });
    await dialog.getByRole("button", { name: "Rotate token" }).click();
    await page.getByText("Metrics token rotated").waitFor();
    await expect.poll(() => token.textContent()).not.toBe(first);
    const second = (await token.textContent())!;
    expect(second).toMatch(/^rmt_/);
    expect((await scrape(first)).status).toBe(401);
    expect((await scrape(second)).status).toBe(200);
  });

  it("is not offered to a plain member, who sees a clear 'not allowed' state", async () => {
    await seeded.fx.createMember(seeded.organizationId, { username: "zed" });
    const page = await browser.newPage("metrics-member");
    await signIn(page, server.url, "zed", seeded.fx.DEFAULT_PASSWORD);
    expect(await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Metrics" }).count()).toBe(0);
    await page.goto(`${server.url}/metrics`);
    await page.getByText("You are not allowed to see the metrics").waitFor();
    expect(await page.content()).not.toContain("rmt_");
  });
});
