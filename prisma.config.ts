import { defineConfig } from "prisma/config";

// `env("DATABASE_URL")` would throw when the variable is unset, even for `prisma generate`;
// Roster's own runtime (src/server/runtime) decides which database to use.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/roster-placeholder" },
});
