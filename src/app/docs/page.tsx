import type { Metadata } from "next";
import { SchemaView } from "@/components/docs/schema-view";
import { Badge } from "@/components/ui/badge";
import { openApiDocument } from "@/server/api/openapi";
import { config } from "@/server/config";

export const metadata: Metadata = { title: "API reference" };
export const dynamic = "force-dynamic";

type Operation = {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  security?: unknown[];
  parameters?: { name: string; in: string; required?: boolean; schema?: unknown; description?: string }[];
  requestBody?: { content?: Record<string, { schema?: unknown }> };
  responses?: Record<string, { description?: string; content?: Record<string, { schema?: unknown }> }>;
};

// Rendered here from the OpenAPI document rather than with Swagger UI, Redoc or Scalar: those load
// their scripts from CDNs (unreachable for many self-hosted installs) or add megabytes to the bundle.
export default function ApiDocsPage() {
  const doc = openApiDocument(config.baseUrl);
  const operations = Object.entries(doc.paths ?? {}).flatMap(([path, item]) =>
    Object.entries(item as Record<string, Operation>).map(([method, op]) => ({ path, method: method.toUpperCase(), op })),
  );
  return (
    <main className="mx-auto max-w-4xl p-8">
      <h1 className="text-3xl font-semibold tracking-tight">Roster API</h1>
      <p className="mt-2 text-muted-foreground">{doc.info.description}</p>
      <p className="mt-2 text-sm">
        Base URL <code className="rounded bg-muted px-1">{config.baseUrl}/api</code> · Machine-readable:{" "}
        <a className="underline" href="/api/openapi.json">
          /api/openapi.json
        </a>
      </p>
      <pre className="mt-4 overflow-x-auto rounded-md bg-muted p-4 text-sm">
        {`curl -H "Authorization: Bearer $ROSTER_API_KEY" ${config.baseUrl}/api/user.get`}
      </pre>
      <div className="mt-8 grid gap-6">
        {operations.map(({ path, method, op }) => (
          <section key={`${method} ${path}`} id={op.operationId} className="rounded-lg border p-5">
            <div className="flex flex-wrap items-center gap-2">
              <Badge variant={method === "GET" ? "secondary" : "default"}>{method}</Badge>
              <code className="font-mono text-base font-semibold">{path}</code>
              {op.security?.length ? <Badge variant="outline">auth required</Badge> : <Badge variant="outline">public</Badge>}
            </div>
            {op.summary ? <p className="mt-2 font-medium">{op.summary}</p> : null}
            {op.description ? <p className="mt-1 text-sm text-muted-foreground">{op.description}</p> : null}
            {op.parameters?.length ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold">Parameters</h3>
                <ul className="mt-1 grid gap-1 text-sm">
                  {op.parameters.map((p) => (
                    <li key={p.name}>
                      <code>{p.name}</code> (in {p.in}
                      {p.required ? ", required" : ""}) <SchemaView schema={p.schema} inline />
                    </li>
                  ))}
                </ul>
              </div>
            ) : null}
            {op.requestBody?.content?.["application/json"]?.schema ? (
              <div className="mt-4">
                <h3 className="text-sm font-semibold">JSON body</h3>
                <SchemaView schema={op.requestBody.content["application/json"].schema} />
              </div>
            ) : null}
            <SuccessResponse responses={op.responses} />
          </section>
        ))}
      </div>
    </main>
  );
}

/** The operation's success answer (200, or 201 for a creation) and its schema; a 204 has none. */
function SuccessResponse({ responses }: { responses: Operation["responses"] }) {
  const [status, response] = Object.entries(responses ?? {}).find(([code]) => code.startsWith("2")) ?? [];
  const schema = response?.content?.["application/json"]?.schema;
  if (!status) return null;
  return (
    <div className="mt-4">
      <h3 className="text-sm font-semibold">{`Response ${status}`}</h3>
      {schema ? <SchemaView schema={schema} /> : <p className="text-sm text-muted-foreground">No body</p>}
    </div>
  );
}
