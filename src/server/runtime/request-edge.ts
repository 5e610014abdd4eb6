import { randomUUID } from "node:crypto";
import type { IncomingMessage } from "node:http";
import proxyAddr from "proxy-addr";
import { readableAddress } from "@/lib/readable-address";
import type { TrustProxy } from "@/server/config";

type Trust = (address: string, hop: number) => boolean;

/** Whom to believe about the client's address: nobody by default, else the configured proxies. */
export function trustFunction(trust: TrustProxy): Trust {
  if (trust.kind === "none") return () => false;
  if (trust.kind === "hops") return (_address, hop) => hop < trust.hops;
  return proxyAddr.compile(trust.entries);
}


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
 * Why the edge refuses a request before Next.js sees it, or null. A path with a percent-escape that
 * decodes to no UTF-8 text ("/api/users/%E0%A4%A") makes Next.js fail with a plain-text 500 before
 * any route runs; a query parameter named `__proto__` is silently dropped by Next.js's query parsing,
 * so an API call would run as if it had not been sent. Both are answered here as bad input.
 */
export function edgeRefusal(url: string | undefined): { message: string; field?: string } | null {
  const [path, query = ""] = (url ?? "/").split(/\?(.*)/s);
  try {
    decodeURIComponent(path!);
  } catch {
    return { message: "The request path has a malformed percent-escape" };
  }
  if (path!.startsWith("/api/") && new URLSearchParams(query).has("__proto__")) {
    return { message: '"__proto__" is not a field', field: "__proto__" };
  }
  return null;
}

/**
 * The raw answer to a request Node's HTTP parser refused before any handler saw it (headers or URL
 * too large, a malformed request line): JSON with a message like every other error, not Node's
 * bare status line. 431 for oversized headers, 400 for the rest.
 */
export function clientErrorResponse(code: string | undefined): string {
  const tooLarge = code === "HPE_HEADER_OVERFLOW";
  const status = tooLarge ? 431 : 400;
  const body = JSON.stringify({
    message: tooLarge ? "The request's URL or headers are too large" : "The request could not be parsed as HTTP",
    code: tooLarge ? "REQUEST_HEADER_FIELDS_TOO_LARGE" : "BAD_REQUEST",
    data: { httpStatus: status },
  });
  const reason = tooLarge ? "Request Header Fields Too Large" : "Bad Request";
  return `HTTP/1.1 ${status} ${reason}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\nconnection: close\r\n\r\n${body}`;
}
