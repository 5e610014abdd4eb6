import { db } from "@/server/db";

/**
 * A username for an account created from an email (Conductor knows people by email only): the
 * local part, reduced to the username alphabet, with a number added when it is taken. The unique
 * index decides races; the caller retries.
 */
export async function usernameForEmail(email: string): Promise<string> {
  const local = email.split("@")[0]!.toLowerCase().replace(/[^a-z0-9._-]+/g, "-").replace(/^[-.]+|[-.]+$/g, "");
  const base = (local.length >= 2 ? local : `user-${local}`).slice(0, 56);
  const taken = new Set(
    (await db.user.findMany({ where: { username: { startsWith: base } }, select: { username: true } })).map((u) => u.username),
  );
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}${n}`)) return `${base}${n}`;
}
