// ESLint's flat config, kept in .ci/ because the repository's top level is fixed.
// Run with `npm run lint` (eslint --config .ci/eslint.config.mjs .).
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    settings: { next: { rootDir: "." } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Dependencies point one way: app → api → services → actor → the modules beside db.ts, and
    // lib/ (shared with the browser) uses none of them. A lower layer never imports a higher one.
    files: ["src/**/*.{ts,tsx}"],
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./src/server/api", from: "./src/app", message: "server/api must not import app/." },
            {
              target: "./src/server/services",
              from: ["./src/app", "./src/server/api", "./src/trpc", "./src/components"],
              message: "Services are framework-free: they must not import app/, server/api/ or the UI.",
            },
            {
              target: "./src/server/actor",
              from: ["./src/app", "./src/server/api", "./src/server/services"],
              message: "server/actor is below the services: move what it needs down into actor/ (or lower).",
            },
            {
              target: "./src/server/*.ts",
              from: ["./src/app", "./src/server/api", "./src/server/services", "./src/server/actor"],
              // The ways up: better-auth runs the hooks that auth.ts gives it; they count failed
              // passwords through the sign-in lock's service and send account emails through the
              // delivery queue (both write audit events).
              except: ["./sign-in/sign-in-lock-hooks.ts", "./email/account-email-hooks.ts"],
              message: "db.ts, auth.ts, config.ts and their neighbours are the bottom layer.",
            },
            {
              target: "./src/lib",
              from: ["./src/server", "./src/app", "./src/components", "./src/trpc", "./src/hooks"],
              message: "lib/ is used by all and uses none of them.",
            },
          ],
        },
      ],
    },
  },
  {
    // HTTP tests read JSON bodies whose shape is what they assert.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([".next/**", "dist/**", ".next-*/**", "node_modules/**", "src/generated/**", ".roster/**", "next-env.d.ts"]),
]);
