import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, onTestFailed } from "vitest";

const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const SCREENSHOTS = path.resolve(".roster/screenshots");

/** One headless system Chromium per test file (Playwright's own browser download cannot run here). */
export function useBrowser() {
  const state: { browser?: Browser; profile?: string } = {};
  beforeAll(async () => {
    state.profile = mkdtempSync(path.join(tmpdir(), "roster-chromium-"));
    state.browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    });
  });
  afterAll(async () => {
    await state.browser?.close();
    if (state.profile) rmSync(state.profile, { recursive: true, force: true });
  });
  return {
    /** A fresh browser context (its own cookies), 1280×800 unless told; a screenshot is saved if the test fails. */
    async newPage(name: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
      const context = await state.browser!.newContext({ viewport });
      const page = await context.newPage();
      page.setDefaultTimeout(15_000);
      onTestFailed(async () => {
        mkdirSync(SCREENSHOTS, { recursive: true });
        const file = path.join(SCREENSHOTS, `${name.replace(/[^a-z0-9]+/gi, "-")}-${Date.now()}.png`);
        await page.screenshot({ path: file, fullPage: true }).catch(() => {});
        console.error(`screenshot of the failure: ${file}`);
      });
      return page;
    },
  };
}
