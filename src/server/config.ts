// Settings read from the environment (.env.example documents each one).
const int = (value: string | undefined, fallback: number) => {
  const parsed = Number.parseInt(value ?? "", 10);
  return Number.isFinite(parsed) ? parsed : fallback;
};

export const config = {
  get port() {
    return int(process.env.PORT, 3000);
  },
  get baseUrl() {
    return process.env.BETTER_AUTH_URL ?? `http://localhost:${int(process.env.PORT, 3000)}`;
  },
  get authSecret() {
    return process.env.BETTER_AUTH_SECRET;
  },
  get defaultOrganizationName() {
    return process.env.ROSTER_ORGANIZATION_NAME ?? "My organization";
  },
  /** Sign-in attempts allowed per IP address per minute (better-auth's limiter, in the database). */
  get signInRateLimit() {
    return int(process.env.ROSTER_SIGN_IN_RATE_LIMIT, 20);
  },
};
