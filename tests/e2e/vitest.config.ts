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
    // Two files at a time, each with its own browser and server: most of a browser test is waiting
    // (on the page, the server, PostgreSQL), so two at once finish in half the time on two cores.
    // The tests wait for what a person sees (the slowest single test took 16 s of its 60 s this way).
    fileParallelism: true,
    maxWorkers: 2,
  },
});
