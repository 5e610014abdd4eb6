import { createRosterClient, normalizeBaseUrl, type RosterClient, type RosterClientOptions } from "@/sdk";
import { readLogin } from "./config-file";
import { CliError, EXIT } from "./exit-codes";
import { httpFetch } from "./http-fetch";

/** The SDK's client over the command's own light fetch. */
export const cliClient = (options: Omit<RosterClientOptions, "fetch">) => createRosterClient({ ...options, fetch: httpFetch });

export type GlobalOptions = { url?: string; apiKey?: string; json?: boolean; pretty?: boolean };

export type Connection = { url: string; apiKey: string | null; source: "flag" | "environment" | "login" | null };

/** Where Roster is: --url, else ROSTER_URL, else the stored login. */
export function resolveUrl(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): string | null {
  const url = options.url ?? env.ROSTER_URL ?? readLogin()?.url;
  return url ? normalizeBaseUrl(url) : null;
}

/**
 * The address and key for this run: flags first, then ROSTER_URL / ROSTER_API_KEY, then what
 * `roster login` stored. A stored key is sent only to the address it was stored for.
 */
export function resolveConnection(options: GlobalOptions, env: NodeJS.ProcessEnv = process.env): Connection {
  const url = resolveUrl(options, env);
  if (!url) throw new CliError("No Roster address: pass --url, set ROSTER_URL, or run `roster login`", EXIT.usage);
  if (options.apiKey) return { url, apiKey: options.apiKey, source: "flag" };
  if (env.ROSTER_API_KEY) return { url, apiKey: env.ROSTER_API_KEY, source: "environment" };
  const stored = readLogin();
  if (stored && normalizeBaseUrl(stored.url) === url) return { url, apiKey: stored.apiKey, source: "login" };
  return { url, apiKey: null, source: null };
}

/** A client for commands that need a signed-in caller. */
export function signedInClient(options: GlobalOptions): { client: RosterClient; connection: Connection } {
  const connection = resolveConnection(options);
  if (!connection.apiKey) {
    throw new CliError(`Not logged in to ${connection.url}: run \`roster login\`, set ROSTER_API_KEY, or pass --api-key`, EXIT.unauthenticated);
  }
  return { client: cliClient({ baseUrl: connection.url, apiKey: connection.apiKey }), connection };
}

/** A client without credentials, for setup. */
export const anonymousClient = (url: string) => cliClient({ baseUrl: url });
