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
    // HTTP tests read JSON bodies whose shape is what they assert.
    files: ["tests/**/*.ts"],
    rules: { "@typescript-eslint/no-explicit-any": "off" },
  },
  globalIgnores([".next/**", ".next-*/**", "node_modules/**", "src/generated/**", ".roster/**", "next-env.d.ts"]),
]);
