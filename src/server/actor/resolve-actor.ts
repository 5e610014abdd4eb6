import { AppError } from "@/lib/errors";
import { auth, DISABLED_MESSAGE } from "@/server/auth";
import { actorPermissions } from "@/server/actor/effective-permissions";
import type { Actor, Credential, Identity, RequestInfo } from "./actor";
import { loadMembership } from "./load-membership";
import { presentedCredential, requestInfo } from "./request-info";
import { verifyApiKey } from "./verify-api-key";

/**
 * Resolves who is calling from the request headers: an API key (`x-api-key`, `Authorization:
 * Bearer` or `X-Authorization`), a better-auth session token (as bearer or X-Authorization), or
 * the session cookie. Returns null when no credential was sent; throws 401 when one was sent and
 * is not valid. A credential in a header is the whole answer: a cookie sent beside it is not
 * consulted, so the identity's `credential` says truly how it was presented.
 */
export async function resolveIdentity(headers: Headers): Promise<Identity | null> {
  const request = requestInfo(headers);
  const credential = presentedCredential(headers);
  if (!credential) return sessionIdentity(headers, request, "cookie");
  const keyIdentity = await verifyApiKey(credential.value, request);
  if (keyIdentity) return keyIdentity;
  if (credential.header === "x-api-key") throw new AppError("UNAUTHORIZED", "Invalid API key");
  const identity = await sessionIdentity(tokenOnly(headers, credential.value), request, "sessionToken");
  if (!identity) throw new AppError("UNAUTHORIZED", "Invalid API key or session token");
  return identity;
}

/**
 * The headers with the session token where better-auth reads it (`Authorization: Bearer`; an
 * X-Authorization token is handed over as one) and without the cookie.
 */
function tokenOnly(headers: Headers, token: string): Headers {
  const copy = new Headers(headers);
  copy.delete("cookie");
  copy.set("authorization", `Bearer ${token}`);
  return copy;
}

async function sessionIdentity(headers: Headers, request: RequestInfo, credential: Credential): Promise<Identity | null> {
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
    credential,
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
