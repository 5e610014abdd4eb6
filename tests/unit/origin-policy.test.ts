import { describe, expect, it } from "vitest";
import { allowedOrigins } from "@/server/allowed-origins";
import { originRefusal } from "@/server/actor/origin-policy";

describe("the allowed origins", () => {
  it("are the public URL's origin alone in production", () => {
    expect(allowedOrigins({ baseUrl: "https://roster.example.com/", production: true })).toEqual(["https://roster.example.com"]);
    expect(allowedOrigins({ baseUrl: "http://localhost:3000", production: true })).toEqual(["http://localhost:3000"]);
  });

  it("add the loopback forms with the same scheme and port outside production", () => {
    expect(allowedOrigins({ baseUrl: "http://localhost:3000", production: false })).toEqual([
      "http://localhost:3000",
      "http://127.0.0.1:3000",
      "http://[::1]:3000",
    ]);
    expect(allowedOrigins({ baseUrl: "https://roster.example.com", production: false })).toEqual([
      "https://roster.example.com",
      "https://localhost",
      "https://127.0.0.1",
      "https://[::1]",
    ]);
  });
});

describe("the origin policy", () => {
  const allowed = allowedOrigins({ baseUrl: "http://localhost:3000", production: false });
  const refusal = (entries: Record<string, string>) => originRefusal(new Headers(entries), allowed);

  it("accepts the allowed origins, and requests without an Origin (not a browser's)", () => {
    expect(refusal({ origin: "http://localhost:3000" })).toBeNull();
    expect(refusal({ origin: "http://127.0.0.1:3000", "sec-fetch-site": "same-origin" })).toBeNull();
    expect(refusal({})).toBeNull();
    expect(refusal({ "sec-fetch-site": "same-origin" })).toBeNull();
  });

  it("refuses another origin with a 403 that names it and Roster's address", () => {
    expect(refusal({ origin: "https://evil.example" })).toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringMatching(/^This request came from https:\/\/evil\.example, which is not Roster's address \(http:\/\/localhost:3000\)/),
    });
    // Same host, another port or scheme, is another origin; so is the opaque "null" origin.
    for (const origin of ["http://localhost:3001", "https://localhost:3000", "null", "http://localhost:3000.evil.example"]) {
      expect(refusal({ origin }), origin).toMatchObject({ code: "FORBIDDEN" });
    }
  });

  it("refuses a request without an Origin that the browser marks as cross-site", () => {
    expect(refusal({ "sec-fetch-site": "cross-site" })).toMatchObject({ code: "FORBIDDEN", message: expect.stringMatching(/another site/) });
  });
});
