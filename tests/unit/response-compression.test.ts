import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { gunzipSync } from "node:zlib";
import { afterEach, describe, expect, it } from "vitest";
import { compressResponse } from "@/server/runtime/response-compression";

// The compression step as Roster's server runs it, before an app that writes its answer the way
// Next does (headers flushed first, then chunks, then the end), on a real HTTP server.

let server: Server | undefined;
afterEach(() => new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve())));

async function serve(app: (res: ServerResponse) => void) {
  server = createServer((req: IncomingMessage, res: ServerResponse) => compressResponse(req, res, () => app(res)));
  await new Promise<void>((resolve) => server!.listen(0, "127.0.0.1", resolve));
  return `http://127.0.0.1:${(server!.address() as AddressInfo).port}/`;
}

function get(url: string, headers: Record<string, string> = {}) {
  return new Promise<{ status: number; headers: IncomingMessage["headers"]; body: Buffer }>((resolve, reject) => {
    request(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
    })
      .on("error", reject)
      .end();
  });
}

const rows = JSON.stringify(Array.from({ length: 200 }, (_, i) => ({ id: i, name: `member ${i}` })));

describe("compressResponse", () => {
  it("sends a JSON answer written in chunks as one gzipped body with its length", async () => {
    const url = await serve((res) => {
      res.setHeader("content-type", "application/json");
      res.flushHeaders();
      res.write(rows.slice(0, 1000));
      res.write(Buffer.from(rows.slice(1000)));
      res.end();
    });
    const answer = await get(url, { "accept-encoding": "gzip" });
    expect(answer.headers["content-encoding"]).toBe("gzip");
    expect(answer.headers["transfer-encoding"]).toBeUndefined();
    expect(Number(answer.headers["content-length"])).toBe(answer.body.length);
    expect(gunzipSync(answer.body).toString()).toBe(rows);
    const plain = await get(url);
    expect(plain.headers["content-encoding"]).toBeUndefined();
    expect(plain.body.toString()).toBe(rows);
  });

  it("drops a held answer when the server writes another head (its own 500 after a failure midway)", async () => {
    const failure = JSON.stringify({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR" });
    const url = await serve((res) => {
      res.setHeader("content-type", "application/json");
      res.flushHeaders();
      res.write(rows.slice(0, 1000));
      res.writeHead(500, { "content-type": "application/json" });
      res.end(failure);
    });
    const answer = await get(url, { "accept-encoding": "gzip" });
    expect(answer.status).toBe(500);
    expect(answer.headers["content-encoding"]).toBeUndefined();
    expect(answer.body.toString()).toBe(failure);
  });
});
