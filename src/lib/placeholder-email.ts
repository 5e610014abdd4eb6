// A user created without an email (Dagu creates people by username and password) gets a
// clearly-marked placeholder rather than a made-up real-looking address: `.invalid` is reserved
// (RFC 2606), so nothing can ever be delivered to it.
const PLACEHOLDER_EMAIL_DOMAIN = "users.noreply.invalid";

export const placeholderEmail = (username: string) => `${username.toLowerCase()}@${PLACEHOLDER_EMAIL_DOMAIN}`;

/** Whether an address is such a placeholder (shown as "no email", never as an address). */
export const isPlaceholderEmail = (email: string) => email.toLowerCase().endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`);
