import { fieldError } from "@/lib/errors";

// Checked on every procedure's raw input before its schema runs: PostgreSQL cannot store a NUL byte
// or an unpaired UTF-16 surrogate in text, and keys that name Object's own members invite
// prototype tricks anywhere an input is copied. Each is a 400 naming the field.
const RESERVED_KEYS = new Set(["__proto__", "constructor", "prototype"]);
const MAX_DEPTH = 32;

const unstorable = (text: string) => text.includes("\u0000") || !text.isWellFormed();

const fieldName = (path: readonly (string | number)[]) => path.join(".") || "_";

export function assertStorableInput(value: unknown, path: (string | number)[] = []): void {
  if (path.length > MAX_DEPTH) throw fieldError(fieldName(path), "Input is nested too deeply");
  if (typeof value === "string") {
    if (unstorable(value)) throw fieldError(fieldName(path), "Text must not contain NUL bytes or unpaired surrogates");
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, index) => assertStorableInput(item, [...path, index]));
    return;
  }
  if (value && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (RESERVED_KEYS.has(key)) throw fieldError(fieldName([...path, key]), `"${key}" is not a field`);
      if (unstorable(key)) throw fieldError(fieldName(path), "Field names must not contain NUL bytes or unpaired surrogates");
      assertStorableInput(item, [...path, key]);
    }
  }
}
