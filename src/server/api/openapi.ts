import { generateOpenApiDocument } from "trpc-to-openapi";
import { conductorAdapter } from "./compat/conductor/adapter";
import { compatOpenApi } from "./compat/compat-openapi";
import { daguAdapter } from "./compat/dagu/adapter";
import { appRouter } from "./root";

type Operation = { security?: unknown[]; requestBody?: unknown; responses?: Record<string, unknown> };
type Document = ReturnType<typeof generateOpenApiDocument>;

/** The error body every surface sends (src/server/api/errors.ts builds it). */
const ERROR_SCHEMA = {
  type: "object",
  required: ["message", "code", "data"],
  properties: {
    message: { type: "string", description: "What went wrong, naming the field for bad input" },
    code: { type: "string", description: "BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, CONFLICT, TOO_MANY_REQUESTS, …" },
    data: {
      type: "object",
      required: ["httpStatus"],
      properties: {
        httpStatus: { type: "integer" },
        path: { type: "string", description: "The procedure" },
        fieldErrors: {
          type: "object",
          description: "Each field at fault (a dotted path) and what is wrong with it",
          additionalProperties: { type: "array", items: { type: "string" } },
        },
        requestId: { type: "string", description: "The X-Request-Id of the request, to find it in the server's log" },
      },
    },
  },
} as const;

const STATUS_TEXT: Record<number, string> = {
  400: "Bad input: `data.fieldErrors` names each field",
  401: "Not signed in, or the API key or token is not valid",
  403: "Signed in, but not allowed",
  404: "Not found (also another organization's rows)",
  409: "Conflicts with existing data",
  413: "The body is larger than 1 MiB",
  415: "The body is not sent as application/json",
  429: "Over a limit; `Retry-After` says when to try again",
  500: "Unexpected failure; `data.requestId` finds it in the log",
  503: "The database cannot be reached; `Retry-After` says when to try again",
};

const errorResponse = (status: number) => ({
  description: STATUS_TEXT[status],
  content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } },
  ...(status === 429 || status === 503 ? { headers: { "Retry-After": { schema: { type: "integer" }, description: "Seconds" } } } : {}),
});

/** The statuses an operation can answer with, from what it is: public or not, with a body or not. */
function errorStatuses(operation: Operation): number[] {
  const statuses = [400, 404, 429, 500, 503];
  if (operation.security?.length) statuses.push(401, 403, 409);
  else statuses.push(403, 409);
  if (operation.requestBody) statuses.push(413, 415);
  return statuses.sort();
}

function withTruthfulErrors(document: Document): Document {
  for (const item of Object.values(document.paths ?? {})) {
    for (const operation of Object.values(item as Record<string, Operation>)) {
      if (!operation || typeof operation !== "object" || !operation.responses) continue;
      const success = Object.fromEntries(Object.entries(operation.responses).filter(([status]) => status.startsWith("2")));
      operation.responses = { ...success, ...Object.fromEntries(errorStatuses(operation).map((s) => [String(s), errorResponse(s)])) };
    }
  }
  document.components = { ...document.components, schemas: { ...document.components?.schemas, Error: ERROR_SCHEMA as never } };
  return document;
}

/** The paths under /api that answer as Dagu and Conductor do, each adapter under its own tag and error schema. */
function withCompatibilityApis(document: Document): Document {
  const tags: { name: string; description: string }[] = [];
  for (const adapter of [daguAdapter, conductorAdapter]) {
    const { paths, schemas, tag } = compatOpenApi(adapter, "/api");
    document.paths = { ...document.paths, ...(paths as Document["paths"]) };
    document.components = { ...document.components, schemas: { ...document.components?.schemas, ...(schemas as Record<string, never>) } };
    tags.push(tag);
  }
  document.components!.securitySchemes = {
    ...document.components?.securitySchemes,
    conductorToken: { type: "apiKey", in: "header", name: "X-Authorization", description: "An API key or a session token, as Conductor's clients send it" },
  };
  return { ...document, tags: [...(document.tags ?? []), ...tags] };
}

/**
 * Each dot-style procedure's call through the TypeScript SDK, as an `x-codeSamples` entry that
 * reference viewers show beside the generated curl and fetch examples.
 */
function withSdkSamples(document: Document, baseUrl: string): Document {
  for (const [path, item] of Object.entries(document.paths ?? {})) {
    const procedure = /^\/([a-zA-Z]+\.[a-zA-Z]+)$/.exec(path)?.[1];
    if (!procedure) continue;
    for (const [method, operation] of Object.entries(item as Record<string, Record<string, unknown>>)) {
      const call = method === "get" ? "query" : "mutate";
      operation["x-codeSamples"] = [
        {
          lang: "TypeScript",
          label: "TypeScript SDK",
          source: [
            'import { createRosterClient } from "roster/sdk";',
            "",
            `const roster = createRosterClient({ baseUrl: "${baseUrl}", apiKey: process.env.ROSTER_API_KEY! });`,
            `const result = await roster.${procedure}.${call}(${sampleInput(operation)});`,
          ].join("\n"),
        },
      ];
    }
  }
  return document;
}

/** The sample's input: each required field with a placeholder of its type. */
function sampleInput(operation: Record<string, unknown>): string {
  type Schema = { type?: string; properties?: Record<string, Schema>; required?: string[] };
  const body = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content?.["application/json"]?.schema;
  const parameters = (operation.parameters as { name: string; required?: boolean; schema?: Schema }[] | undefined) ?? [];
  const required: [string, Schema | undefined][] = body
    ? (body.required ?? []).map((name) => [name, body.properties?.[name]])
    : parameters.filter((p) => p.required).map((p) => [p.name, p.schema]);
  const placeholder = (schema?: Schema) =>
    schema?.type === "boolean" ? "true" : schema?.type === "integer" || schema?.type === "number" ? "1" : schema?.type === "array" ? "[]" : '"…"';
  if (required.length) return `{ ${required.map(([name, schema]) => `${name}: ${placeholder(schema)}`).join(", ")} }`;
  return body || parameters.length ? "{}" : "";
}

let cached: Document | undefined;

const generatedDocument = (baseUrl: string) =>
  generateOpenApiDocument(appRouter, {
    title: "Roster API",
    version: "1.0.0",
    description:
      "Roster's procedures over plain HTTP: queries are GET with query parameters, mutations are POST with a JSON body. " +
      "Authenticate with `Authorization: Bearer <api key>`, `x-api-key: <api key>`, or a session. " +
      "Every error is JSON: `{ message, code, data: { httpStatus, fieldErrors?, requestId } }`, except under the " +
      "Dagu-compatible and Conductor-compatible paths, which answer in those systems' own error shapes. " +
      "TypeScript projects can call every procedure through the typed SDK (`roster/sdk`).",
    baseUrl: `${baseUrl}/api`,
    securitySchemes: {
      bearer: { type: "http", scheme: "bearer", description: "An API key, or a session token" },
      apiKey: { type: "apiKey", in: "header", name: "x-api-key" },
    },
  });

/** The OpenAPI 3.1 document of every dot-style procedure: inputs, outputs and the errors each can answer. */
export function openApiDocument(baseUrl: string) {
  cached ??= withCompatibilityApis(withSdkSamples(withTruthfulErrors(generatedDocument(baseUrl)), baseUrl));
  return { ...cached, servers: [{ url: `${baseUrl}/api` }] };
}
