// Imported by next.config.ts too, whose loader does not resolve the "@/" alias: relative imports only.
import { config } from "./config";

const LOOPBACK_HOSTS = ["localhost", "127.0.0.1", "[::1]"];

/**
 * Roster's public URL (BETTER_AUTH_URL), and outside production its loopback forms with the same
 * scheme and port, so that http://127.0.0.1:3000 works in development as http://localhost:3000 does.
 */
export function allowedOrigins({ baseUrl, production }: { baseUrl: string; production: boolean }): string[] {
  const url = new URL(baseUrl);
  if (production) return [url.origin];
  const loopback = LOOPBACK_HOSTS.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ""}`);
  return [...new Set([url.origin, ...loopback])];
}

/** The origins this instance accepts browser requests from. */
export const trustedOrigins = () => allowedOrigins({ baseUrl: config.baseUrl, production: config.isProduction });
