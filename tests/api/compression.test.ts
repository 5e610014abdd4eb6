import { request } from "node:http";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { httpClient } from "../support/http";
import { startRoster, type RosterServer } from "../support/roster-server";

// Answers travel compressed to a client that accepts it and plain to one that does not, with the
// same content either way: JSON answers of every API surface gzipped (from 1 KiB), pages, scripts
// and downloads in the client's preferred encoding.

type Raw = { status: number; headers: Record<string, string | string[] | undefined>; bytes: Buffer };

/** The bytes exactly as they cross the wire (fetch would uncompress them out of sight). */
function rawRequest(url: string, headers: Record<string, string>, method = "GET"): Promise<Raw> {
  return new Promise((resolve, reject) => {
    request(url, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, bytes: Buffer.concat(chunks) }));
      res.on("error", reject);
    })
      .on("error", reject)
      .end();
  });
}

/**
 * Fetches `url` plain and as a browser does (gzip, deflate, br, zstd); checks the second came
 * compressed with `encoding`, and uncompresses it.
 */
async function bothWays(url: string, encoding: "gzip" | "br", headers: Record<string, string> = {}) {
  const plain = await rawRequest(url, headers);
  expect(plain.status).toBe(200);
  expect(plain.headers["content-encoding"]).toBeUndefined();
  const compressed = await rawRequest(url, { ...headers, "accept-encoding": "gzip, deflate, br, zstd" });
  expect(compressed.status).toBe(200);
  expect(compressed.headers["content-encoding"]).toBe(encoding);
  expect(compressed.headers["vary"]).toMatch(/accept-encoding/i);
  expect(compressed.bytes.length).toBeLessThan(plain.bytes.length);
  return { plain, unzipped: encoding === "gzip" ? gunzipSync(compressed.bytes) : brotliDecompressSync(compressed.bytes) };
}

describe("compressed answers", () => {
  let server: RosterServer;
  let auth: { authorization: string };
  beforeAll(async () => {
    server = await startRoster();
    const api = httpClient(server.url);
    await api.post("auth.setup", { username: "owner", password: "owner-password" });
    const token = (await api.signIn("owner", "owner-password")).token!;
    auth = { authorization: `Bearer ${token}` };
    for (let i = 0; i < 12; i++) {
      const created = await api.post("user.create", { username: `member${i}`, email: `member${i}@example.test`, password: "min-8-chars", role: "viewer" }, { bearer: token });
      expect(created.status).toBe(200);
    }
  });
  afterAll(() => server?.stop());

  const jsonSurfaces = [
    ["dot-style HTTP", "/api/user.all?limit=50"],
    ["the typed client's tRPC batch", `/api/trpc/user.all?batch=1&input=${encodeURIComponent(JSON.stringify({ 0: { limit: 50 } }))}`],
    ["Conductor's user API", "/api/users"],
  ] as const;

  it.each(jsonSurfaces)("%s: the same JSON gzipped when gzip is accepted, plain when it is refused", async (_, path) => {
    const { plain, unzipped } = await bothWays(`${server.url}${path}`, "gzip", auth);
    expect(plain.bytes.toString()).toContain("member11");
    expect(JSON.parse(unzipped.toString())).toEqual(JSON.parse(plain.bytes.toString()));
    const refused = await rawRequest(`${server.url}${path}`, { ...auth, "accept-encoding": "gzip;q=0, identity" });
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(refused.bytes.equals(plain.bytes)).toBe(true);
  });

  it("sends a JSON answer under 1 KiB as it is, and any JSON answer with its Content-Length", async () => {
    const refused = await rawRequest(`${server.url}/api/user.all`, { authorization: "Bearer not-a-key", "accept-encoding": "gzip" });
    expect(refused.status).toBe(401);
    expect(refused.headers["content-encoding"]).toBeUndefined();
    expect(Number(refused.headers["content-length"])).toBe(refused.bytes.length);
    expect(JSON.parse(refused.bytes.toString()).code).toBe("UNAUTHORIZED");
    const page = await rawRequest(`${server.url}/api/user.all?limit=50`, { ...auth, "accept-encoding": "gzip" });
    expect(page.headers["content-encoding"]).toBe("gzip");
    expect(Number(page.headers["content-length"])).toBe(page.bytes.length);
    const head = await rawRequest(`${server.url}/api/user.all`, { ...auth, "accept-encoding": "gzip" }, "HEAD");
    expect(head.status).toBe(200);
    expect(head.bytes.length).toBe(0);
  });

  it("streams a JSON answer too big to hold (the OpenAPI document) and it arrives whole", async () => {
    const { plain, unzipped } = await bothWays(`${server.url}/api/openapi.json`, "gzip");
    expect(plain.bytes.length).toBeGreaterThan(256 * 1024);
    expect(unzipped.equals(plain.bytes)).toBe(true);
    expect(JSON.parse(unzipped.toString()).paths["/user.all"]).toBeDefined();
  });

  it("compresses pages, their scripts and CSV downloads as they stream", async () => {
    const page = await bothWays(`${server.url}/sign-in`, "br");
    expect(page.plain.headers["content-type"]).toMatch(/text\/html/);
    expect(page.unzipped.toString()).toContain("</html>");
    const script = page.unzipped.toString().match(/\/_next\/static\/[^"]+\.js/)![0];
    const asset = await bothWays(`${server.url}${script}`, "br");
    expect(asset.unzipped.equals(asset.plain.bytes)).toBe(true);
    const csv = await bothWays(`${server.url}/api/audit-export`, "br", auth);
    expect(csv.plain.headers["content-type"]).toMatch(/text\/csv/);
    expect(csv.unzipped.equals(csv.plain.bytes)).toBe(true);
    expect(csv.unzipped.toString()).toContain("user.create");
  });
});
