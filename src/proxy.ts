import { NextResponse, type NextRequest } from "next/server";
import { contentSecurityPolicy } from "@/server/content-security-policy";

// Every page gets a Content-Security-Policy with a fresh nonce: Next reads the nonce from the
// request's policy and puts it on its own scripts, so no other inline script runs. Chosen over a
// static policy because Next's inline scripts (each page's RSC payload) differ per page: a static
// policy would have to allow every inline script. Nonces need pages rendered per request, which
// Roster's all are (they read the session; the 404 page calls connection()).
// API routes, static files and prefetches are not matched: they are no documents, and the API's hot
// paths pay nothing for this (next.config.ts gives them fixed headers).
export function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(btoa(crypto.randomUUID()));
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set("content-security-policy", policy);
  return response;
}

export const config = {
  matcher: [
    {
      // Not /api itself nor below it (but /api-keys, a page, is matched), nor Next's own /_next/
      // paths (assets, and in development the hot-reload socket), nor the icons and web manifest
      // in public/.
      source: "/((?!api/|api$|_next/|favicon\\.ico|favicon\\.svg|apple-touch-icon\\.png|icon-[0-9]+\\.png|manifest\\.webmanifest).*)",
      missing: [
        { type: "header", key: "next-router-prefetch" },
        { type: "header", key: "purpose", value: "prefetch" },
      ],
    },
  ],
};
