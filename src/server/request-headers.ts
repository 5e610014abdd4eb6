// Headers that Roster's HTTP edge (runtime/serve.ts) sets on every request before the app sees it.

/** The client's address as the edge decided it; whatever a client sends under this name is replaced. */
export const CLIENT_IP_HEADER = "x-roster-client-ip";
/** The request's id: the caller's X-Request-Id when it is a plain token, else a new one; echoed back. */
export const REQUEST_ID_HEADER = "x-request-id";
