import http from "node:http";
import https from "node:https";

/**
 * The subset of fetch the SDK uses (method, headers, string body, abort signal; status, headers,
 * text and JSON back), over node:http. Written by hand because Node 20's global fetch loads undici
 * on first use, which costs the command more start-up time than everything else it does.
 */
export const httpFetch = (async (input: string | URL | Request, init: RequestInit = {}) => {
  const url = new URL(typeof input === "string" || input instanceof URL ? input : input.url);
  const body = init.body == null ? undefined : String(init.body);
  const headers = flattenHeaders(init.headers);
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const transport = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
  if (!transport) throw new TypeError(`fetch failed`, { cause: new Error(`unsupported protocol ${url.protocol}`) });

  return new Promise<Response>((resolve, reject) => {
    const request = transport.request(url, { method: init.method ?? "GET", headers, signal: init.signal ?? undefined }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", (error) => reject(new TypeError("fetch failed", { cause: error })));
      response.on("end", () => resolve(responseLike(response, Buffer.concat(chunks).toString("utf8"))));
    });
    // The same shape as fetch's network errors: the reason (ECONNREFUSED, a DNS failure) is the cause.
    request.on("error", (error) => reject(error.name === "AbortError" ? error : new TypeError("fetch failed", { cause: error })));
    request.end(body);
  });
}) as typeof globalThis.fetch;

function flattenHeaders(headers: HeadersInit | undefined): Record<string, string> {
  if (!headers) return {};
  const entries = Array.isArray(headers) ? headers : typeof (headers as Headers).forEach === "function" ? [...(headers as Headers).entries()] : Object.entries(headers);
  return Object.fromEntries(entries.map(([name, value]) => [name.toLowerCase(), value]));
}

function responseLike(response: http.IncomingMessage, text: string): Response {
  const status = response.statusCode ?? 0;
  const get = (name: string) => {
    const value = response.headers[name.toLowerCase()];
    return value === undefined ? null : Array.isArray(value) ? value.join(", ") : value;
  };
  return {
    ok: status >= 200 && status < 300,
    status,
    statusText: response.statusMessage ?? "",
    url: "",
    headers: { get, has: (name: string) => get(name) !== null } as Headers,
    text: async () => text,
    json: async () => JSON.parse(text) as unknown,
  } as Response;
}
