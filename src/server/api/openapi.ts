import { generateOpenApiDocument } from "trpc-to-openapi";
import { appRouter } from "./root";

let cached: ReturnType<typeof generateOpenApiDocument> | undefined;

/** The OpenAPI 3.1 document of every dot-style procedure, inputs and outputs. */
export function openApiDocument(baseUrl: string) {
  cached ??= generateOpenApiDocument(appRouter, {
    title: "Roster API",
    version: "1.0.0",
    description:
      "Roster's procedures over plain HTTP: queries are GET with query parameters, mutations are POST with a JSON body. " +
      "Authenticate with `Authorization: Bearer <api key>`, `x-api-key: <api key>`, or a session.",
    baseUrl: `${baseUrl}/api`,
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "An API key, or a session token" },
      apiKey: { type: "apiKey", in: "header", name: "x-api-key" },
    },
  });
  return { ...cached, servers: [{ url: `${baseUrl}/api` }] };
}
