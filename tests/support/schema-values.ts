// Values built from an operation's JSON schema: a plausible valid input (the base that a hostile
// change is made to), the fields that can be changed (nested ones by their dotted path), and, for
// each field, values of the wrong kind.
import type { JsonSchema } from "./openapi-operations";

/** JSON text sent as is, for what JSON.stringify cannot write (1e309 parses to Infinity). */
export class RawJson {
  constructor(readonly text: string) {}
}

/** JSON text of `value`; own keys such as "__proto__" are written like any other key. */
export function toJson(value: unknown): string {
  if (value instanceof RawJson) return value.text;
  if (Array.isArray(value)) return `[${value.map(toJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    return `{${Object.keys(value)
      .map((key) => `${JSON.stringify(key)}:${toJson((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The schema without a `null` alternative, and whether null is allowed. */
export function unwrapNullable(schema: JsonSchema): { schema: JsonSchema; nullable: boolean } {
  if (!schema.anyOf) return { schema, nullable: false };
  const nonNull = schema.anyOf.filter((s) => s.type !== "null");
  return { schema: nonNull[0] ?? {}, nullable: nonNull.length < schema.anyOf.length };
}

function validString(schema: JsonSchema): string {
  if (schema.format === "email") return "fuzz.target@example.test";
  if (schema.format === "date-time") return "2026-01-01T00:00:00Z";
  if (schema.format === "uri") return "https://example.test/avatar.png";
  const text = "fuzz".padEnd(schema.minLength ?? 0, "z");
  return schema.maxLength !== undefined ? text.slice(0, schema.maxLength) : text;
}

/** A value the schema accepts (objects with their required properties only). */
export function validValue(given: JsonSchema): unknown {
  const { schema } = unwrapNullable(given);
  if (schema.enum) return schema.enum[0];
  switch (schema.type) {
    case "string":
      return validString(schema);
    case "integer":
    case "number":
      return Math.max(schema.minimum ?? 1, 1);
    case "boolean":
      return false;
    case "array":
      return Array.from({ length: schema.minItems ?? 0 }, () => validValue(schema.items ?? {}));
    case "object":
      return Object.fromEntries((schema.required ?? []).map((key) => [key, validValue(schema.properties?.[key] ?? {})]));
    default:
      return "fuzz";
  }
}

export type Field = { path: (string | number)[]; name: string; schema: JsonSchema; required: boolean };

/** Every property of an object schema, and those of nested objects (array items at index 0). */
export function fieldsOf(given: JsonSchema, prefix: (string | number)[] = [], depth = 0): Field[] {
  const { schema } = unwrapNullable(given);
  if (schema.type !== "object" || !schema.properties || depth > 3) return [];
  const fields: Field[] = [];
  for (const [key, property] of Object.entries(schema.properties)) {
    const path = [...prefix, key];
    fields.push({ path, name: path.join("."), schema: property, required: (schema.required ?? []).includes(key) });
    const inner = unwrapNullable(property).schema;
    if (inner.type === "object") fields.push(...fieldsOf(inner, path, depth + 1));
    if (inner.type === "array" && inner.items) fields.push(...fieldsOf(inner.items, [...path, 0], depth + 1));
  }
  return fields;
}

const clone = <T>(value: T): T => structuredClone(value);

/** The schema at `path` of an object schema (array indexes step into items). */
function schemaAt(root: JsonSchema, path: (string | number)[]): JsonSchema {
  let schema = root;
  for (const step of path) {
    const inner = unwrapNullable(schema).schema;
    schema = typeof step === "number" ? (inner.items ?? {}) : (inner.properties?.[step] ?? {});
  }
  return schema;
}

/** `base` with the value at `path` replaced (or removed, for `undefined`), parents made valid as needed. */
export function withValue(base: unknown, root: JsonSchema, path: (string | number)[], value: unknown): Record<string, unknown> {
  const result = clone(base) as Record<string, unknown>;
  let node: Record<string | number, unknown> = result;
  for (let i = 0; i < path.length - 1; i++) {
    const step = path[i]!;
    let next = node[step];
    if (next === null || typeof next !== "object") {
      next = validValue(schemaAt(root, path.slice(0, i + 1)));
      if (Array.isArray(next) && next.length === 0) next = [validValue(schemaAt(root, path.slice(0, i + 2)))];
      node[step] = next;
    }
    node = next as Record<string | number, unknown>;
  }
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  // Defined, not assigned: a key named "__proto__" must become a key, not the prototype.
  else Object.defineProperty(node, last, { value, enumerable: true, writable: true, configurable: true });
  return result;
}

/** Values of the wrong kind for a field: text for booleans and numbers, objects for text, and so on. */
export function wrongValues(given: JsonSchema): unknown[] {
  const { schema, nullable } = unwrapNullable(given);
  const values: unknown[] = [];
  switch (schema.enum ? "enum" : schema.type) {
    case "boolean":
      values.push("false", "true", "no", "yes", "0", "1", "on", 0, 1, {}, [], [false]);
      break;
    case "integer":
      values.push("7", "1", "", true, false, [], [1], {}, { value: 1 }, 1.5, "1e3", "0x10");
      break;
    case "number":
      values.push("7", "1", "", true, false, [], [1], {}, { value: 1 });
      break;
    case "enum":
      values.push("not-an-option", "", String(schema.enum![0]).toUpperCase() + "!", 7, true, {}, [], [schema.enum![0]]);
      break;
    case "string":
      values.push(7, 0, true, false, {}, [], ["fuzz"], { value: "fuzz" });
      break;
    case "array":
      values.push("fuzz", 7, true, {}, { 0: "fuzz" }, [{}], [[]], [7]);
      break;
    case "object":
      values.push("fuzz", 7, true, [], [{}], "{}");
      break;
    default:
      values.push(Symbol.for("skip"));
  }
  if (!nullable) values.push(null);
  return values.filter((v) => typeof v !== "symbol");
}

/** Numbers outside what a numeric field takes: past its bounds, past a 32-bit integer, past a double. */
export function outOfRangeNumbers(given: JsonSchema): unknown[] {
  const { schema } = unwrapNullable(given);
  const values: unknown[] = [new RawJson("1e309"), new RawJson("-1e309"), new RawJson("123456789012345678901234567890")];
  if (schema.maximum !== undefined) values.push(schema.maximum + 1);
  if (schema.maximum === undefined || schema.maximum < 2147483648) values.push(2147483648, 9007199254740993);
  if (schema.minimum !== undefined) values.push(schema.minimum - 1, -2147483649);
  if (schema.type === "integer") values.push(1.5, 0.000001);
  return values;
}

/** Text no string field takes: a NUL byte, a lone UTF-16 surrogate, longer than the field allows. */
export function unstorableText(given: JsonSchema): string[] {
  const { schema } = unwrapNullable(given);
  const valid = validString(schema);
  const tooLong = (schema.maxLength ?? 4096) + 1;
  return [
    `${valid}\u0000`,
    `\u0000${valid}`,
    `${valid}\ud800`,
    `\udfff${valid}`,
    `a\ud83dz`,
    "x".repeat(tooLong),
    "é".repeat(tooLong),
  ];
}
