import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

// `npm test`: unit tests, integration tests against a real PostgreSQL (the embedded one unless
// DATABASE_URL names a server; a database per test file, copied from a migrated template), and HTTP
// tests against real `next start` servers; the SDK and the `roster` command as `npm run build:sdk` builds
// them, against real servers. Browser tests have their own config (tests/e2e).
export default defineConfig({
  root,
  resolve: { alias: { "@": path.join(root, "src") } },
  test: {
    // Vitest runs one file at a time on two cores (cores − 1); most of these files wait on Roster
    // servers and PostgreSQL in other processes, so two at once finish sooner.
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["tests/unit/**/*.test.ts"] },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts"],
          setupFiles: ["tests/support/file-database.ts"],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: "api",
          include: ["tests/api/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts", "tests/support/global-build.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          // The SDK and the `roster` command as built by `npm run build:sdk`, against real servers.
          name: "sdk",
          include: ["tests/sdk/**/*.test.ts"],
          globalSetup: ["tests/support/global-setup.ts", "tests/support/global-build.ts", "tests/support/global-build-sdk.ts"],
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
