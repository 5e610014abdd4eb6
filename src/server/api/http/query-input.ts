// Query parameters arrive as text. A field whose schema wants a number or a boolean takes only the
// plain spellings of one ("42", "-1.5", "true", "false"); anything else stays text, so the schema
// answers 400 naming the field. Written by hand because the libraries that turn query strings into
// inputs coerce by truthiness ("no" → true), which is exactly what must not happen.

type Kind = "number" | "boolean" | "text" | { array: Kind };

type ZodLike = { _zod?: { def?: Record<string, unknown> & { type?: string } } };

const defOf = (schema: unknown) => (schema as ZodLike | undefined)?._zod?.def;

/** The object shape of an input schema, through optional/default/pipe wrappers; null if none. */
export function objectShape(schema: unknown): Record<string, unknown> | null {
  const def = defOf(schema);
  if (!def) return null;
  if (def.type === "object") return def.shape as Record<string, unknown>;
  if (def.type === "pipe") return objectShape(def.in);
  if (["optional", "nullable", "default", "prefault", "readonly", "catch"].includes(def.type ?? "")) return objectShape(def.innerType);
  return null;
}

function kindOf(schema: unknown): Kind {
  const def = defOf(schema);
  switch (def?.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
    case "catch":
      return kindOf(def.innerType);
    case "pipe":
      return kindOf(def.in);
    case "number":
    case "int":
      return "number";
    case "boolean":
      return "boolean";
    case "array":
      return { array: kindOf(def.element) };
    default:
      return "text";
  }
}

const NUMBER = /^-?\d{1,16}(\.\d{1,16})?$/;

function typed(kind: Kind, value: string): unknown {
  if (kind === "number" && NUMBER.test(value)) return Number(value);
  if (kind === "boolean" && (value === "true" || value === "false")) return value === "true";
  return value;
}

/** The input object for a query: repeated keys make arrays where the schema wants one. */
export function queryInput(schema: unknown, params: URLSearchParams): Record<string, unknown> {
  const shape = objectShape(schema) ?? {};
  // No prototype: a parameter named __proto__ must stay a parameter (and be refused as one).
  const input = Object.create(null) as Record<string, unknown>;
  for (const key of new Set(params.keys())) {
    const values = params.getAll(key);
    const kind = Object.hasOwn(shape, key) ? kindOf(shape[key]) : "text";
    if (typeof kind === "object") input[key] = values.map((value) => typed(kind.array, value));
    else input[key] = values.length === 1 ? typed(kind, values[0]!) : values;
  }
  return input;
}
