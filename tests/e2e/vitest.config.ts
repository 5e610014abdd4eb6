import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "../..");

// `npm run test:e2e`: a person's clicks in the system Chromium (apt install chromium) against
// real `next start` servers. Screenshots of failures land in .roster/screenshots/.
export default defineConfig({
  root,
  resolve: { alias: { "@": path.join(root, "src") } },
  test: {
    name: "e2e",
    include: ["tests/e2e/**/*.e2e.test.ts"],
    globalSetup: ["tests/support/global-setup.ts", "tests/support/global-build.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one browser and one server at a time keep timings honest.
    fileParallelism: false,
  },
});
