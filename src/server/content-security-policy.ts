import { config } from "./config";

/**
 * The pages' Content-Security-Policy. Scripts: only those carrying this response's nonce, and what
 * they load ('strict-dynamic'); no inline handlers, no eval in production (React uses eval in
 * development for its debugging stacks). Styles allow inline styles: React server-renders `style`
 * attributes (Radix positions its popovers that way) and the toast library injects its stylesheet
 * at run time, and neither can carry a nonce. Nothing may frame a page, and forms post only here.
 */
export function contentSecurityPolicy(nonce: string): string {
  const development = !config.isProduction;
  const https = config.baseUrl.startsWith("https:");
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // Only behind https: on a plain-http install it would send the page's requests to a port that
    // does not answer https.
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** For responses that are data, never a document (the API): nothing loads from them, nothing frames them. */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** On every response, pages and API alike. */
export const SECURITY_HEADERS = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
];
