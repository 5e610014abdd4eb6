import { headers } from "next/headers";
import { THEME_SCRIPT } from "@/lib/theme";

/** The nonce of this response's Content-Security-Policy (set by src/proxy.ts), if it has one. */
async function cspNonce(): Promise<string | undefined> {
  const policy = (await headers()).get("content-security-policy") ?? "";
  return /'nonce-([^']+)'/.exec(policy)?.[1];
}

/** The theme chooser's inline script, first in <head>: the page paints in its theme from the start. */
export async function ThemeScript() {
  const nonce = await cspNonce();
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />;
}
