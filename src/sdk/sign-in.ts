import { normalizeBaseUrl } from "./client";
import { causeMessage, errorCodeOf, retryAfterOf, RosterError } from "./roster-error";

export type SignInOptions = {
  baseUrl: string;
  username: string;
  password: string;
  fetch?: typeof globalThis.fetch;
};

/**
 * Signs in with a username and password and returns a session token (use it as `sessionToken`).
 * Wrong credentials reject with a RosterError (401; 429 while the account is locked).
 */
export async function signIn(options: SignInOptions): Promise<{ sessionToken: string; userId: string }> {
  const fetchImpl = options.fetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await fetchImpl(`${normalizeBaseUrl(options.baseUrl)}/api/auth/sign-in/username`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: options.username, password: options.password }),
    });
  } catch (error) {
    throw new RosterError(`Cannot reach Roster: ${causeMessage(error as Error)}`, { code: "NETWORK_ERROR", status: 0, cause: error as Error });
  }
  const body = (await response.json().catch(() => null)) as { token?: string; user?: { id?: string }; message?: string; code?: string } | null;
  if (response.ok && body?.token) return { sessionToken: body.token, userId: body.user?.id ?? "" };
  const status = response.ok ? 500 : response.status;
  return Promise.reject(
    new RosterError(body?.message ?? `Sign-in failed (HTTP ${status})`, {
      code: errorCodeOf(undefined, status),
      status,
      requestId: response.headers.get("x-request-id") ?? undefined,
      retryAfterSeconds: retryAfterOf(response.headers),
      procedure: "auth.signIn",
    }),
  );
}
