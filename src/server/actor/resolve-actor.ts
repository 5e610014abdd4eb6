import { AppError } from "@/lib/errors";
import { auth, DISABLED_MESSAGE } from "@/server/auth";
import { actorPermissions } from "@/server/actor/effective-permissions";
import type { Actor, Identity, RequestInfo } from "./actor";
import { loadMembership } from "./load-membership";
import { presentedCredential, requestInfo } from "./request-info";
import { verifyApiKey } from "./verify-api-key";

/**
 * Resolves who is calling from the request headers: an API key (`x-api-key`, `Authorization:
 * Bearer` or `X-Authorization`), a better-auth session token (as bearer or X-Authorization), or
 * the session cookie. Returns null when no credential was sent; throws 401 when one was sent and
 * is not valid.
 */
export async function resolveIdentity(headers: Headers): Promise<Identity | null> {
  const request = requestInfo(headers);
  const credential = presentedCredential(headers);
  if (credential) {
    const keyIdentity = await verifyApiKey(credential.value, request);
    if (keyIdentity) return keyIdentity;
    if (credential.header === "x-api-key") throw new AppError("UNAUTHORIZED", "Invalid API key");
  }
  // better-auth reads a session token from `Authorization: Bearer` only; X-Authorization's is handed over as one.
  const sessionHeaders = credential?.header === "x-authorization" ? withBearer(headers, credential.value) : headers;
  const identity = await sessionIdentity(sessionHeaders, request);
  if (!identity && credential) throw new AppError("UNAUTHORIZED", "Invalid API key or session token");
  return identity;
}

function withBearer(headers: Headers, token: string): Headers {
  const copy = new Headers(headers);
  copy.set("authorization", `Bearer ${token}`);
  return copy;
}

async function sessionIdentity(headers: Headers, request: RequestInfo): Promise<Identity | null> {
  const result = await auth.api.getSession({ headers, query: { disableCookieCache: true } });
  if (!result) return null;
  const { session, user } = result;
  if (user.banned) throw new AppError("UNAUTHORIZED", DISABLED_MESSAGE);
  const membership = await loadMembership(user.id, session.activeOrganizationId);
  return {
    user: {
      id: user.id,
      name: user.name,
      email: user.email,
      username: user.username ?? "",
      system: Boolean(user.system),
    },
    sessionId: session.id,
    apiKey: null,
    membership,
    request,
  };
}

/** The identity as an actor of its organization; 403 when it belongs to none. */
export function toActor(identity: Identity): Actor {
  const { membership } = identity;
  if (!membership) {
    throw new AppError("FORBIDDEN", "You are not a member of any organization");
  }
  const permissions = actorPermissions(membership, identity.apiKey?.permissions ?? null);
  return { ...identity, membership, organizationId: membership.organizationId, permissions };
}
