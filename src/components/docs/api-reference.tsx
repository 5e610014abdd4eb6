"use client";

import { ApiReferenceReact } from "@scalar/api-reference-react";
import "@scalar/api-reference-react/style.css";

/**
 * Scalar's interactive reference over Roster's own OpenAPI document, from the app's bundle: a
 * sidebar by tag, search, request examples (curl, fetch, the TypeScript SDK) and "try it" with the
 * caller's key. Nothing is fetched from outside: no web fonts, no telemetry, no AI agent, no proxy.
 */
export function ApiReference() {
  return (
    <ApiReferenceReact
      configuration={{
        url: "/api/openapi.json",
        withDefaultFonts: false,
        telemetry: false,
        hideClientButton: true,
        showDeveloperTools: "never",
        mcp: { disabled: true },
        agent: { disabled: true },
        documentDownloadType: "json",
        defaultHttpClient: { targetKey: "shell", clientKey: "curl" },
        hiddenClients: { js: ["jquery", "xhr", "axios", "ofetch"], node: true },
        authentication: { preferredSecurityScheme: "bearer" },
        persistAuth: false,
      }}
    />
  );
}
