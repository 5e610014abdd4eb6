import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { uniqueViolation } from "@/server/services/db/unique-violation";

const taken = (field: string, message: string) => new AppError("CONFLICT", message, { fieldErrors: { [field]: [message] } });

const USERNAME_TAKEN = "That username is already taken";
const EMAIL_TAKEN = "That email address is already in use";

/** A friendly early 409 (before hashing a password); the unique indexes remain the real guard. */
export async function assertUserAvailable({ username, email, field = { username: "username", email: "email" } }: {
  username?: string;
  email?: string;
  field?: { username: string; email: string };
}): Promise<void> {
  const or = [...(username ? [{ username }] : []), ...(email ? [{ email }] : [])];
  if (!or.length) return;
  const clash = await db.user.findFirst({ where: { OR: or }, select: { username: true, email: true } });
  if (clash && username && clash.username === username) throw taken(field.username, USERNAME_TAKEN);
  if (clash && email && clash.email === email) throw taken(field.email, EMAIL_TAKEN);
}

/** Turns a unique violation on user.username / user.email into a 409 naming the field; rethrows anything else. */
export function userConflict(error: unknown, field = { username: "username", email: "email" }): never {
  const index = uniqueViolation(error);
  if (index?.includes("email")) throw taken(field.email, EMAIL_TAKEN);
  if (index?.includes("username")) throw taken(field.username, USERNAME_TAKEN);
  throw error;
}
