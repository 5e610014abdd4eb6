// The operations of Roster's OpenAPI document, as a client that reads the document sees them: the
// method, the path (with its path parameters), the query parameters and the JSON body's schema.

export type JsonSchema = {
  type?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
};

export type Parameter = { name: string; in: "query" | "path"; required: boolean; schema: JsonSchema };

export type Surface = "roster" | "dagu" | "conductor";

export type Operation = {
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** As in the document, under /api: "/user.all", "/v1/users/{userId}". */
  path: string;
  surface: Surface;
  /** The tRPC procedure of a dot-style operation ("user.all"); null for the compatible APIs. */
  procedure: string | null;
  parameters: Parameter[];
  body: JsonSchema | null;
  public: boolean;
};

type DocumentOperation = {
  parameters?: { name: string; in: string; required?: boolean; schema: JsonSchema }[];
  requestBody?: { content: { "application/json": { schema: JsonSchema } } };
  security?: unknown[];
  tags?: string[];
};

const METHODS = ["get", "post", "put", "patch", "delete"] as const;

function surfaceOf(path: string): Surface {
  if (path.startsWith("/v1/")) return "dagu";
  if (/^\/(users|groups)(\/|$)/.test(path)) return "conductor";
  return "roster";
}

/** Every operation of the document, in its order. */
export function operationsOf(document: { paths: Record<string, Record<string, DocumentOperation>> }): Operation[] {
  const operations: Operation[] = [];
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS) {
      const op = item[method];
      if (!op) continue;
      const surface = surfaceOf(path);
      operations.push({
        method: method.toUpperCase() as Operation["method"],
        path,
        surface,
        procedure: surface === "roster" ? path.slice(1) : null,
        parameters: (op.parameters ?? []).map((p) => ({ name: p.name, in: p.in as Parameter["in"], required: Boolean(p.required), schema: p.schema })),
        body: op.requestBody?.content["application/json"].schema ?? null,
        public: !op.security?.length,
      });
    }
  }
  return operations;
}

/** "GET /api/user.all" */
export const operationName = (op: Pick<Operation, "method" | "path">) => `${op.method} /api${op.path}`;
