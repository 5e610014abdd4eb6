type Schema = {
  type?: string | string[];
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  format?: string;
  description?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  const?: unknown;
};

function typeLabel(schema: Schema): string {
  if (schema.enum) return schema.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const variants = schema.anyOf ?? schema.oneOf;
  if (variants) return variants.map(typeLabel).join(" | ");
  if (schema.type === "array") return `${schema.items ? typeLabel(schema.items) : "unknown"}[]`;
  const type = Array.isArray(schema.type) ? schema.type.join(" | ") : (schema.type ?? "any");
  const limits = [
    schema.minLength !== undefined && `min ${schema.minLength}`,
    schema.maxLength !== undefined && `max ${schema.maxLength}`,
    schema.minimum !== undefined && `≥ ${schema.minimum}`,
    schema.maximum !== undefined && `≤ ${schema.maximum}`,
  ].filter(Boolean);
  return `${type}${schema.format ? ` (${schema.format})` : ""}${limits.length ? ` [${limits.join(", ")}]` : ""}`;
}

/** A JSON Schema as a nested list of fields with their types and limits. */
export function SchemaView({ schema, inline = false }: { schema: unknown; inline?: boolean }) {
  const s = (schema ?? {}) as Schema;
  const objectSchema = s.type === "array" ? s.items : s;
  if (inline || !objectSchema?.properties) {
    return <code className="text-xs text-muted-foreground">{typeLabel(s)}</code>;
  }
  return (
    <ul className="mt-1 grid gap-1 border-l pl-4 text-sm">
      {s.type === "array" ? <li className="text-xs text-muted-foreground">array of:</li> : null}
      {Object.entries(objectSchema.properties).map(([name, child]) => (
        <li key={name}>
          <code>{name}</code>
          {objectSchema.required?.includes(name) ? "" : "?"}: <SchemaView schema={child} inline={!hasFields(child)} />
          {child.description ? <span className="text-xs text-muted-foreground"> — {child.description}</span> : null}
        </li>
      ))}
    </ul>
  );
}

const hasFields = (schema: Schema) => Boolean(schema.properties || schema.items?.properties);
