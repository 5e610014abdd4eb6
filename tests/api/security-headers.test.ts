import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sendRequest, type HttpResult } from "../support/http";
import { OWNER, withOwner } from "../support/owner";
import { startRoster, type RosterServer } from "../support/roster-server";

// The headers that tell browsers how to treat Roster's pages and API answers.

describe("security headers", () => {
  let server: RosterServer;
  let cookie: string;

  beforeAll(async () => {
    server = await startRoster();
    const { api, fx } = await withOwner(server);
    await fx.db.$disconnect();
    cookie = (await api.signIn(OWNER.username, OWNER.password)).cookie;
  });
  afterAll(() => server?.stop());

  const expectCommonHeaders = (headers: Headers) => {
    expect(headers.get("x-frame-options")).toBe("DENY");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
  };

  /** The nonce of a page's policy, after checking the policy and that every script of the page carries it. */
  function pageNonce(page: HttpResult): string {
    const policy = page.headers.get("content-security-policy") ?? "";
    const nonce = policy.match(/script-src 'self' 'nonce-([A-Za-z0-9+/=]+)' 'strict-dynamic'(;|$)/)?.[1];
    expect(nonce, policy).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain("object-src 'none'");
    expect(policy).not.toContain("unsafe-eval");
    const scripts = [...String(page.body).matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) expect(script).toContain(`nonce="${nonce}"`);
    return nonce!;
  }

  it("gives every page a policy with a fresh nonce that its scripts carry, and the framing and sniffing headers", async () => {
    const pages = [
      await sendRequest(`${server.url}/sign-in`, "GET"),
      await sendRequest(`${server.url}/api-keys`, "GET", { headers: { cookie } }),
      await sendRequest(`${server.url}/users`, "GET", { headers: { cookie } }),
      await sendRequest(`${server.url}/no-such-page`, "GET"),
    ];
    expect(pages.map((p) => p.status)).toEqual([200, 200, 200, 404]);
    const nonces = pages.map(pageNonce);
    expect(new Set(nonces).size).toBe(nonces.length);
    for (const page of pages) expectCommonHeaders(page.headers);
  });

  it("gives API answers a policy that lets nothing load or frame them, with no per-request nonce", async () => {
    const answers = [
      await sendRequest(`${server.url}/api/health`, "GET"),
      await sendRequest(`${server.url}/api/user.get`, "GET"),
      await sendRequest(`${server.url}/api/trpc/user.get`, "GET", { headers: { cookie } }),
      await sendRequest(`${server.url}/api/auth/get-session`, "GET", { headers: { cookie } }),
    ];
    expect(answers.map((a) => a.status)).toEqual([200, 401, 200, 200]);
    for (const answer of answers) {
      expect(answer.headers.get("content-security-policy")).toBe("default-src 'none'; frame-ancestors 'none'");
      expectCommonHeaders(answer.headers);
    }
  });
});
