import { AppError } from "@/lib/errors";
import { db } from "@/server/db";
import { uniqueViolation } from "@/server/services/db/unique-violation";

// Accounts are shared by every organization, so a taken email may belong to someone the caller
// cannot see. The 409 says only that the value cannot be used, never whose it is or where it lives.
const USERNAME_TAKEN = "That username is already taken";
export const EMAIL_UNAVAILABLE = "That email address is not available";

const taken = (field: string, message: string) => new AppError("CONFLICT", message, { fieldErrors: { [field]: [message] } });

/**
 * The candidate account's unique values. `emailFromUsername`: the email is the username's
 * placeholder, so a clash on it means the username is taken, and the 409 names that field.
 */
type Candidate = { username?: string; email?: string; emailFromUsername?: boolean };

const emailTaken = ({ emailFromUsername }: Candidate) =>
  emailFromUsername ? taken("username", USERNAME_TAKEN) : taken("email", EMAIL_UNAVAILABLE);

/** A friendly early 409 (before hashing a password); the unique indexes remain the real guard. */
export async function assertUserAvailable(candidate: Candidate): Promise<void> {
  const { username, email } = candidate;
  const or = [...(username ? [{ username }] : []), ...(email ? [{ email }] : [])];
  if (!or.length) return;
  // Two rows at most: one may hold the username and another the email.
  const clashes = await db.user.findMany({ where: { OR: or }, select: { username: true, email: true }, take: 2 });
  if (username && clashes.some((c) => c.username === username)) throw taken("username", USERNAME_TAKEN);
  if (email && clashes.some((c) => c.email === email)) throw emailTaken(candidate);
}

/** Turns a unique violation on user.username / user.email into a 409 naming the field; rethrows anything else. */
export function userConflict(error: unknown, candidate: Candidate = {}): never {
  const index = uniqueViolation(error);
  if (index?.includes("email")) throw emailTaken(candidate);
  if (index?.includes("username")) throw taken("username", USERNAME_TAKEN);
  throw error;
}
