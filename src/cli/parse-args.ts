import { InvalidArgumentError } from "commander";

// Option values checked before any request, so a typo is a usage error (exit 2) naming the value.

export function wholeNumber(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`not a whole number: ${value}`);
  return Number(value);
}

export function positiveInt(value: string): number {
  const n = wholeNumber(value);
  if (n < 1) throw new InvalidArgumentError(`must be at least 1: ${value}`);
  return n;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "3600", "90m", "12h", "30d" → seconds. */
export function duration(value: string): number {
  const match = /^(\d+)([smhd]?)$/.exec(value.trim());
  if (!match) throw new InvalidArgumentError(`not a duration (e.g. 3600, 90m, 12h, 30d): ${value}`);
  return Number(match[1]) * (UNITS[match[2] || "s"] ?? 1);
}
