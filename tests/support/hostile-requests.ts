// Generated hostile requests for one operation of the OpenAPI document (fast-check arbitraries):
// wrong kinds of values, missing and unknown fields, keys that name Object's own members, NUL bytes
// and lone surrogates, numbers past every bound, malformed JSON, the wrong content type; in JSON
// bodies, in query strings, in path parameters, and over tRPC for Roster's own procedures.
import fc from "fast-check";
import type { JsonSchema, Operation, Parameter } from "./openapi-operations";
import { fieldsOf, outOfRangeNumbers, RawJson, toJson, unstorableText, unwrapNullable, validValue, withValue, wrongValues } from "./schema-values";

export type HostileRequest = {
  /** What is wrong with it, for the failure report. */
  label: string;
  /** The field the answer must name, when one field is at fault. */
  field?: string;
  method: string;
  /** Under /api, with the query string. */
  path: string;
  headers: Record<string, string>;
  body?: string;
};

/** Keys that name Object's own members, and one that is simply unknown. */
export const RESERVED_KEYS = ["__proto__", "constructor", "toString", "hasOwnProperty", "valueOf", "prototype", "isAdmin"];

const MALFORMED_JSON = ['{"name": ', "{'name': 'x'}", '{"a":1,}', "[", "{", '{"a" 1}', "\u0000", "nul", '{"a":"\\x00"}', '"unterminated', "{}{}", "\ufeff{}x"];

const WRONG_CONTENT_TYPES = ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "application/jsonx", ""];

const NOT_AN_OBJECT = ["[]", "[{}]", '"text"', "7", "true", "null"];

type Edit = { label: string; field?: string; value: unknown };

/** Hostile edits of a JSON object shaped by `schema`, each one enough to make it invalid. */
function objectEdits(schema: JsonSchema): fc.Arbitrary<Edit & { base: unknown }>[] {
  const base = validValue(schema);
  const fields = fieldsOf(schema);
  const edit = (label: string, path: (string | number)[], value: unknown, field = path.join(".")) => ({
    label,
    field,
    value: withValue(base, schema, path, value),
    base,
  });
  const arbitraries: fc.Arbitrary<Edit & { base: unknown }>[] = [];
  const typed = fields.filter((f) => wrongValues(f.schema).length);
  if (typed.length) {
    arbitraries.push(fc.constantFrom(...typed).chain((f) => fc.constantFrom(...wrongValues(f.schema)).map((v) => edit(`${f.name} = ${toJson(v)}`, f.path, v))));
  }
  const numeric = fields.filter((f) => ["integer", "number"].includes(unwrapNullable(f.schema).schema.type ?? ""));
  if (numeric.length) {
    arbitraries.push(fc.constantFrom(...numeric).chain((f) => fc.constantFrom(...outOfRangeNumbers(f.schema)).map((v) => edit(`${f.name} = ${toJson(v)}`, f.path, v))));
  }
  const texts = fields.filter((f) => unwrapNullable(f.schema).schema.type === "string");
  if (texts.length) {
    arbitraries.push(fc.constantFrom(...texts).chain((f) => fc.constantFrom(...unstorableText(f.schema)).map((v) => edit(`${f.name} = ${JSON.stringify(v).slice(0, 40)}`, f.path, v))));
  }
  const required = fields.filter((f) => f.required && f.path.length === 1);
  if (required.length) arbitraries.push(fc.constantFrom(...required).map((f) => edit(`without ${f.name}`, f.path, undefined)));
  // An unknown or reserved key at the top level or inside a nested object.
  // A map of free-form keys (no declared properties) is named as a whole when a key is refused.
  const objects = [
    { at: [] as (string | number)[], map: false },
    ...fields.filter((f) => unwrapNullable(f.schema).schema.type === "object").map((f) => ({ at: f.path, map: !unwrapNullable(f.schema).schema.properties })),
  ];
  arbitraries.push(
    fc.tuple(fc.constantFrom(...objects), fc.constantFrom(...RESERVED_KEYS), fc.constantFrom<unknown>(1, "x", true, {}, { polluted: true }, null)).map(([{ at, map }, key, v]) => {
      const value = at.length ? withValue(base, schema, [...at, key], v) : { ...(base as object), ...Object.defineProperty({}, key, { value: v, enumerable: true }) };
      return { label: `unknown key ${[...at, key].join(".")}`, field: map ? at.join(".") : key, value, base };
    }),
  );
  return arbitraries;
}

/** Hostile JSON bodies for `schema`, sent with `send`'s method and path. */
export function hostileBodies(schema: JsonSchema, send: { method: string; path: string; headers: Record<string, string> }): fc.Arbitrary<HostileRequest> {
  const json = { ...send.headers, "content-type": "application/json" };
  const edited = fc.oneof(...objectEdits(schema)).map((e) => ({ ...send, label: e.label, field: e.field, headers: json, body: toJson(e.value) }));
  const base = toJson(validValue(schema));
  return fc.oneof(
    { weight: 6, arbitrary: edited },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON).map((body) => ({ ...send, label: `malformed JSON ${JSON.stringify(body)}`, headers: json, body })) },
    { weight: 1, arbitrary: fc.constantFrom(...NOT_AN_OBJECT).map((body) => ({ ...send, label: `body ${body}`, headers: json, body })) },
    {
      weight: 1,
      arbitrary: fc.constantFrom(...WRONG_CONTENT_TYPES).map((type) => ({ ...send, label: `content-type "${type}"`, headers: { ...send.headers, "content-type": type }, body: base })),
    },
  );
}

const NOT_A_NUMBER = ["abc", "1.5", "true", "", "0x10", "1e3", " 7", "7 ", "+7", "\uff17", "NaN", "Infinity", "-0", "2147483648", "99999999999999999999", "1e309"];
const NOT_A_BOOLEAN = ["no", "yes", "1", "0", "", "False", "TRUE", "on", "null"];

/** Text query values a parameter does not take. */
function wrongQueryValues(parameter: Parameter): string[] {
  const { schema } = unwrapNullable(parameter.schema);
  const unstorable = unstorableText(schema).filter((t) => t.isWellFormed());
  if (schema.enum) return ["not-an-option", "", ...unstorable];
  if (schema.type === "integer" || schema.type === "number") {
    const outside = [schema.maximum !== undefined ? String(schema.maximum + 1) : null, schema.minimum !== undefined ? String(schema.minimum - 1) : null];
    return [...NOT_A_NUMBER, ...outside.filter((v): v is string => v !== null)].filter((v) => !(v === "-0" && (schema.minimum ?? 1) <= 0));
  }
  if (schema.type === "boolean") return NOT_A_BOOLEAN;
  return unstorable;
}

const query = (entries: [string, string][]) => (entries.length ? `?${new URLSearchParams(entries).toString()}` : "");

/** Hostile query strings for a GET's parameters. */
export function hostileQueries(parameters: Parameter[], send: { path: string; headers: Record<string, string> }): fc.Arbitrary<HostileRequest> {
  const inQuery = parameters.filter((p) => p.in === "query");
  const base: [string, string][] = inQuery.filter((p) => p.required).map((p) => [p.name, String(validValue(p.schema))]);
  const without = (name: string) => base.filter(([k]) => k !== name);
  const request = (label: string, field: string | undefined, entries: [string, string][]): HostileRequest => ({ label, field, method: "GET", path: `${send.path}${query(entries)}`, headers: send.headers });
  const arbitraries: fc.Arbitrary<HostileRequest>[] = [
    fc.constantFrom(...RESERVED_KEYS, "zzUnknown").map((key) => request(`unknown parameter ${key}`, key, [...base, [key, "1"]])),
  ];
  const valued = inQuery.filter((p) => wrongQueryValues(p).length);
  if (valued.length) {
    arbitraries.push(fc.constantFrom(...valued).chain((p) => fc.constantFrom(...wrongQueryValues(p)).map((v) => request(`${p.name}=${JSON.stringify(v).slice(0, 40)}`, p.name, [...without(p.name), [p.name, v]]))));
    arbitraries.push(fc.constantFrom(...valued).map((p) => request(`${p.name} twice`, p.name, [...without(p.name), [p.name, String(validValue(p.schema))], [p.name, String(validValue(p.schema))]])));
  }
  const required = inQuery.filter((p) => p.required);
  if (required.length) arbitraries.push(fc.constantFrom(...required).map((p) => request(`without ${p.name}`, p.name, without(p.name))));
  return fc.oneof(...arbitraries);
}

/** An object schema with the query parameters as its properties (a GET's input over tRPC). */
export function parametersAsSchema(parameters: Parameter[]): JsonSchema {
  const inQuery = parameters.filter((p) => p.in === "query");
  return {
    type: "object",
    properties: Object.fromEntries(inQuery.map((p) => [p.name, p.schema])),
    required: inQuery.filter((p) => p.required).map((p) => p.name),
  };
}

/** tRPC's GET: the input as JSON in `?input=`. */
export function hostileTrpcQueries(parameters: Parameter[], send: { path: string; headers: Record<string, string> }): fc.Arbitrary<HostileRequest> {
  const schema = parametersAsSchema(parameters);
  const request = (label: string, field: string | undefined, input: string): HostileRequest => ({
    label,
    field,
    method: "GET",
    path: `${send.path}?input=${encodeURIComponent(input)}`,
    headers: send.headers,
  });
  return fc.oneof(
    { weight: 6, arbitrary: fc.oneof(...objectEdits(schema)).map((e) => request(e.label, e.field, toJson(e.value))) },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_JSON, ...NOT_AN_OBJECT.filter((b) => b !== "null")).map((input) => request(`input ${JSON.stringify(input)}`, undefined, input)) },
  );
}

/** Escapes that decode to no text: refused before any route, for the whole path rather than a field. */
const BROKEN_ESCAPES = ["%ED%A0%80", "%C3%28", "%FF", "%E0%A4%A", "%", "%zz"];

/** Path parameters no route takes: NUL bytes, too long, the wrong form. */
function wrongPathValues(parameter: Parameter): string[] {
  const { schema } = parameter;
  const values = ["%00", "a%00b", encodeURIComponent("x".repeat((schema.maxLength ?? 4096) + 1))];
  if (schema.format === "email") values.push("not-an-email", encodeURIComponent("a b@example.test"), "%40");
  if (schema.pattern) values.push(encodeURIComponent("has space"), encodeURIComponent("a/b"), encodeURIComponent("ünïcode"));
  return values;
}

/** A compatible API's path with its parameters filled in: valid ones, or one of them hostile. */
export function hostilePaths(op: Operation, send: { method: string; headers: Record<string, string>; body?: string }): fc.Arbitrary<HostileRequest> | null {
  const params = op.parameters.filter((p) => p.in === "path");
  if (!params.length) return null;
  const fill = (name: string, value: string) =>
    params.reduce((path, p) => path.replace(`{${p.name}}`, p.name === name ? value : encodeURIComponent(String(validValue(p.schema)))), op.path);
  return fc.constantFrom(...params).chain((p) =>
    fc.constantFrom(...wrongPathValues(p), ...BROKEN_ESCAPES).map((value) => ({
      label: `path ${p.name}=${value.slice(0, 40)}`,
      field: BROKEN_ESCAPES.includes(value) ? undefined : p.name,
      method: send.method,
      path: fill(p.name, value),
      headers: send.body === undefined ? send.headers : { ...send.headers, "content-type": "application/json" },
      body: send.body,
    })),
  );
}

/** The path with valid-looking parameters (for hostile bodies and queries). */
export function validPath(op: Operation): string {
  return op.parameters.filter((p) => p.in === "path").reduce((path, p) => path.replace(`{${p.name}}`, encodeURIComponent(String(validValue(p.schema)))), op.path);
}

export { RawJson };
