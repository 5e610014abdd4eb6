import { isPlaceholderEmail } from "@/lib/placeholder-email";

type Named = { username: string; name: string; firstName: string; lastName: string };

/**
 * A person's full name: first and last name, else a display name of its own. Empty when all there
 * is is the username again (a user created with a username only), so lists do not repeat it.
 */
export function fullNameOf(user: Named): string {
  const full = [user.firstName, user.lastName].filter(Boolean).join(" ");
  if (full) return full;
  return user.name.trim().toLowerCase() === user.username.toLowerCase() ? "" : user.name;
}

/** An email address, or a muted "no email" for the placeholder of someone created without one. */
export function EmailText({ email, className = "text-muted-foreground" }: { email: string; className?: string }) {
  if (isPlaceholderEmail(email)) return <span className="text-muted-foreground italic">no email</span>;
  return <span className={className}>{email}</span>;
}
