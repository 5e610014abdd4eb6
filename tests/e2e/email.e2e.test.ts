import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startRoster, type RosterServer } from "../support/roster-server";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { useBrowser } from "./browser";
import { OWNER, screenshot, signIn, withOwner } from "./dashboard";

describe("email settings and forgot password", () => {
  const browser = useBrowser();
  let server: RosterServer;
  let sink: SmtpSink;

  beforeAll(async () => {
    sink = await startSmtpSink();
    server = await startRoster();
    await withOwner(server);
  });
  afterAll(async () => {
    await Promise.all([server?.stop(), sink?.stop()]);
  });

  it("adds an SMTP provider on Settings → Email and sends a test email that arrives; a wrong port shows the error", async () => {
    const page = await browser.newPage("email-settings");
    await signIn(page, server.url, OWNER.username, OWNER.password);
    await page.getByRole("navigation", { name: "Sections" }).getByRole("link", { name: "Email settings" }).click();
    await page.waitForURL(/\/settings\/email$/);
    await page.getByText("No email provider yet").waitFor();

    await page.getByRole("button", { name: "Add provider" }).click();
    const dialog = page.getByRole("dialog", { name: "Add an email provider" });
    await dialog.getByLabel("Name").fill("Local SMTP");
    await dialog.getByLabel("SMTP host").fill("127.0.0.1");
    await dialog.getByLabel("Port").fill(String(sink.port));
    await dialog.getByRole("combobox", { name: "Encryption" }).click();
    await page.getByRole("option", { name: "None (plain SMTP)" }).click();
    await dialog.getByLabel("Sender name").fill("Acme");
    await dialog.getByLabel("Sender address").fill("noreply@acme.test");
    await dialog.getByRole("button", { name: "Add provider" }).click();
    await page.getByRole("cell", { name: /Local SMTP/ }).waitFor();
    await page.getByText("Default", { exact: true }).waitFor();

    await page.getByRole("button", { name: "Send a test email through Local SMTP" }).click();
    const test = page.getByRole("dialog", { name: "Send a test email" });
    await test.getByLabel("Send to").fill("inbox@acme.test");
    await test.getByRole("button", { name: "Send test email" }).click();
    await test.getByText("Sent to inbox@acme.test").waitFor();
    await screenshot(page, "email-test-sent");
    expect((await sink.waitFor(1))[0]).toMatchObject({ to: ["inbox@acme.test"], subject: expect.stringContaining("Test email from") });
    await test.getByRole("button", { name: "Close" }).click();

    await page.getByRole("button", { name: "Edit email provider Local SMTP" }).click();
    const edit = page.getByRole("dialog", { name: "Edit Local SMTP" });
    await edit.getByLabel("Port").fill("1");
    await edit.getByRole("button", { name: "Save provider" }).click();
    await page.getByRole("cell", { name: /127\.0\.0\.1:1\b/ }).waitFor();
    await page.getByRole("button", { name: "Send a test email through Local SMTP" }).click();
    await test.getByRole("button", { name: "Send test email" }).click();
    await test.getByText(/The SMTP server refused:.*ECONNREFUSED/).waitFor();
    await screenshot(page, "email-test-refused");
  });

  it("forgot password: the link from the email sets a new password", async () => {
    const page = await browser.newPage("forgot-password");
    // The provider made in the first test is the default again, at the sink's port.
    const { fx } = await withOwnerFixtures();
    await fx.db.emailProvider.updateMany({ data: { port: sink.port } });
    await page.goto(`${server.url}/sign-in`);
    await page.getByRole("link", { name: "Forgot your password?" }).click();
    await page.waitForURL(/\/forgot-password$/);
    await page.getByLabel("Email").fill(OWNER.email);
    await page.getByRole("button", { name: "Email me a reset link" }).click();
    await page.getByText("If an account uses that address").waitFor();

    const deadline = Date.now() + 30_000;
    while (!sink.messages.some((m) => m.to.includes(OWNER.email)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 200));
    const message = sink.messages.find((m) => m.to.includes(OWNER.email));
    const link = message?.text.match(/https?:\/\/\S+\/reset-password\?token=[^\s\]]+/)?.[0];
    expect(link).toBeTruthy();
    await page.goto(link!);
    await page.getByLabel("New password", { exact: true }).fill("a-new-owner-password");
    await page.getByLabel("Repeat the new password").fill("a-new-owner-password");
    await page.getByRole("button", { name: "Set the new password" }).click();
    await page.getByText("Your password is changed").waitFor();
    await screenshot(page, "reset-password-done");
    await signIn(page, server.url, OWNER.username, "a-new-owner-password");
    expect(new URL(page.url()).pathname).not.toBe("/sign-in");
  });

  async function withOwnerFixtures() {
    const { fixturesFor } = await import("../support/server-fixtures");
    return { fx: await fixturesFor(server) };
  }
});
