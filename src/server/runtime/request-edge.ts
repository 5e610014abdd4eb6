import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import type { TrustProxy } from "@/server/config";

type Trust = (address: string, hop: number) => boolean;

/** Whom to believe about the client's address: nobody by default, else the configured proxies. */
export function trustFunction(trust: TrustProxy): Trust {
  if (trust.kind === "none") return () => false;
  if (trust.kind === "hops") return (_address, hop) => hop < trust.hops;
  return proxyAddr.compile(trust.entries);
}

/** `::ffff:127.0.0.1` is how Node reports an IPv4 peer on a dual-stack socket; people write `127.0.0.1`. */
export const readableAddress = (address: string) => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, "$1");

/**
 * The client's address: the socket peer, or, when the peer is a trusted proxy, the nearest address
 * in X-Forwarded-For that is not one (proxy-addr's walk from the right).
 */
export function clientAddress(req: IncomingMessage, trust: Trust): string | null {
  if (!req.socket.remoteAddress) return null;
  return readableAddress(proxyAddr(req as Parameters<typeof proxyAddr>[0], trust));
}

const SAFE_REQUEST_ID = /^[A-Za-z0-9._:@/+=-]{1,128}$/;

/** A caller's X-Request-Id when it is a plain token of sensible length, else a new one. */
export const requestIdOf = (given: string | string[] | undefined) =>
  typeof given === "string" && SAFE_REQUEST_ID.test(given) ? given : randomUUID();

/**
 * Whether the request target's path holds a percent-escape that decodes to no UTF-8 text
 * ("/api/users/%E0%A4%A"): Next.js fails on such a path with a plain-text 500 before any route
 * runs, so the edge answers it instead.
 */
export function hasMalformedPath(url: string | undefined): boolean {
  try {
    decodeURIComponent((url ?? "/").split("?")[0]!);
    return false;
  } catch {
    return true;
  }
}
