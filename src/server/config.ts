import path from "node:path";
import proxyAddr from "proxy-addr";
import { z } from "zod";

// Every setting Roster reads from its environment, validated in one place. Nothing else reads
// process.env. `.env.example` and the README list the same variables.

// Messages name the rule; the variable's name is put in front of each by parseEnvironment.
const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, "must be a whole number")
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const port = () => int(1, 65_535);

const url = (...protocols: string[]) =>
  z
    .string()
    .refine((value) => URL.canParse(value) && protocols.includes(new URL(value).protocol), `must be a ${protocols.map((p) => `${p}//`).join(" or ")} URL`);

const secret = () => z.string().min(32, "must be at least 32 characters");

const commaList = z
  .string()
  .transform((value) => value.split(",").map((item) => item.trim()).filter(Boolean));

/**
 * TRUSTED_PROXIES: a hop count ("1": one proxy in front), or addresses and CIDRs, with proxy-addr's
 * names for common ranges ("loopback", "uniquelocal"). Empty: no forwarded header is believed.
 */
const trustedProxies = z.string().transform((value, ctx): TrustProxy => {
  const text = value.trim();
  if (text === "") return { kind: "none" };
  if (/^\d+$/.test(text)) return { kind: "hops", hops: Number(text) };
  const entries = text.split(",").map((entry) => entry.trim()).filter(Boolean);
  try {
    proxyAddr.compile(entries);
  } catch (error) {
    ctx.addIssue({ code: "custom", message: (error as Error).message });
    return z.NEVER;
  }
  return { kind: "addresses", entries };
});

export type TrustProxy = { kind: "none" } | { kind: "hops"; hops: number } | { kind: "addresses"; entries: string[] };

const ZEnvironment = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  // Database
  DATABASE_URL: url("postgresql:", "postgres:").optional(),
  DATABASE_POOL_SIZE: int(1, 500).default(10),
  EMBEDDED_POSTGRES_PORT: port().default(54_329),
  ROSTER_DATA_DIR: z.string().min(1).default(".roster"),
  // Web server
  PORT: port().default(3000),
  HOST: z.string().min(1).optional(),
  BETTER_AUTH_URL: url("http:", "https:").optional(),
  BETTER_AUTH_SECRET: secret().optional(),
  TRUSTED_PROXIES: trustedProxies.default({ kind: "none" }),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  NEXT_DIST_DIR: z.string().min(1).default(".next"),
  // Build with the benchmark's baseline routes (`npm run bench` sets it, with its own NEXT_DIST_DIR).
  ROSTER_BENCH_ROUTES: z.enum(["0", "1"]).default("0"),
  // Audit chain
  ROSTER_AUDIT_SECRET: secret().optional(),
  ROSTER_AUDIT_PREVIOUS_SECRETS: commaList.pipe(z.array(secret())).default([]),
  // First administrator and organization
  INITIAL_ADMIN_USERNAME: z.string().optional(),
  INITIAL_ADMIN_PASSWORD: z.string().optional(),
  INITIAL_ADMIN_EMAIL: z.string().optional(),
  ROSTER_ORGANIZATION_NAME: z.string().trim().min(1).max(100).default("My organization"),
  // How long an instance trusts a cached access fact while it hears other instances' changes.
  ROSTER_ACCESS_CACHE_SECONDS: int(1, 300).default(10),
  // Who may create further organizations: instance administrators only, or any signed-in person.
  ROSTER_ORGANIZATION_CREATORS: z.enum(["admins", "anyone"], 'must be "admins" or "anyone"').default("admins"),
  // Limits
  ROSTER_SIGN_IN_RATE_LIMIT: int(1, 100_000).default(20),
  ROSTER_LOCKOUT_THRESHOLD: int(1, 1000).default(10),
  ROSTER_LOCKOUT_WINDOW_MINUTES: int(1, 24 * 60).default(15),
  ROSTER_LOCKOUT_MINUTES: int(1, 24 * 60).default(15),
  // Metrics page: how often each instance samples its counters for the charts' last hour
  ROSTER_METRICS_SAMPLE_SECONDS: int(1, 600).default(10),
  // Email
  ROSTER_SMTP_URL: url("smtp:", "smtps:").optional(),
  ROSTER_SMTP_FROM: z.email("must be an email address").optional(),
  ROSTER_EMAIL_HOURLY_LIMIT: int(1, 1_000_000).default(500),
  ROSTER_EMAIL_MAX_ATTEMPTS: int(1, 100).default(5),
  ROSTER_EMAIL_RETRY_DELAY_SECONDS: int(1, 3600).default(10),
  ROSTER_EMAIL_SEND_TIMEOUT_SECONDS: int(5, 3600).default(60),
  ROSTER_EMAIL_WORKER: z.enum(["on", "off"]).default("on"),
  ROSTER_MAIL_CATCHER_PORT: port().default(1025),
  // Set by the launcher in development when its mail catcher is listening.
  ROSTER_MAIL_CATCHER: z.enum(["on", "off"]).default("off"),
});

export type Environment = z.infer<typeof ZEnvironment>;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Roster's configuration is not valid:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment; throws a ConfigError naming every variable at fault. Empty values count as unset. */
export function parseEnvironment(env: Record<string, string | undefined>): Environment {
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ""));
  const result = ZEnvironment.safeParse(present);
  if (result.success) return result.data;
  throw new ConfigError(result.error.issues.map((issue) => `${issue.path[0] ? String(issue.path[0]) : "environment"}: ${issue.message}`));
}

let loaded: Environment | undefined;
/** The process's environment, parsed on first use. */
export const environment = (): Environment => (loaded ??= parseEnvironment(process.env));

/** For the launcher, which derives DATABASE_URL and BETTER_AUTH_SECRET: set them, then read again. */
export function deriveEnvironment(derived: Record<string, string>): void {
  Object.assign(process.env, derived);
  loaded = parseEnvironment(process.env);
}

export const config = {
  get env() {
    return environment().NODE_ENV;
  },
  get isProduction() {
    return environment().NODE_ENV === "production";
  },
  get port() {
    return environment().PORT;
  },
  get host() {
    return environment().HOST;
  },
  /** The public URL people reach Roster at: cookies, links, the origin policy. */
  get baseUrl() {
    return (environment().BETTER_AUTH_URL ?? `http://localhost:${environment().PORT}`).replace(/\/+$/, "");
  },
  get authSecret() {
    return environment().BETTER_AUTH_SECRET;
  },
  get databaseUrl() {
    return environment().DATABASE_URL;
  },
  get databasePoolSize() {
    return environment().DATABASE_POOL_SIZE;
  },
  get accessCacheMs() {
    return environment().ROSTER_ACCESS_CACHE_SECONDS * 1000;
  },
  get embeddedPostgresPort() {
    return environment().EMBEDDED_POSTGRES_PORT;
  },
  get stateDir() {
    return path.resolve(environment().ROSTER_DATA_DIR);
  },
  get distDir() {
    return environment().NEXT_DIST_DIR;
  },
  /** Whether this build includes the benchmark's baseline routes (route.bench.ts). */
  get benchRoutes() {
    return environment().ROSTER_BENCH_ROUTES === "1";
  },
  get trustedProxies() {
    return environment().TRUSTED_PROXIES;
  },
  get logLevel() {
    return environment().LOG_LEVEL;
  },
  get auditSecrets() {
    const env = environment();
    return { current: env.ROSTER_AUDIT_SECRET, previous: env.ROSTER_AUDIT_PREVIOUS_SECRETS };
  },
  get initialAdmin() {
    const env = environment();
    return { username: env.INITIAL_ADMIN_USERNAME, password: env.INITIAL_ADMIN_PASSWORD, email: env.INITIAL_ADMIN_EMAIL };
  },
  get defaultOrganizationName() {
    return environment().ROSTER_ORGANIZATION_NAME;
  },
  /**
   * Who may create organizations: "admins" (the default) are the instance administrators, the
   * owner and administrators of the organization made at setup; "anyone" is every signed-in person.
   */
  get organizationCreators() {
    return environment().ROSTER_ORGANIZATION_CREATORS;
  },
  /** Sign-in attempts allowed per client IP address per minute (better-auth's limiter, in the database). */
  get signInRateLimit() {
    return environment().ROSTER_SIGN_IN_RATE_LIMIT;
  },
  /** Failed password checks for one account within `windowMinutes` before it is locked for `lockMinutes`. */
  get lockout() {
    const env = environment();
    return { threshold: env.ROSTER_LOCKOUT_THRESHOLD, windowMinutes: env.ROSTER_LOCKOUT_WINDOW_MINUTES, lockMinutes: env.ROSTER_LOCKOUT_MINUTES };
  },
  /**
   * Email delivery: the server-level SMTP server for account emails when the person's organization
   * has no default provider; emails an organization may enqueue per hour; attempts before a delivery
   * is failed (the wait between them doubles from retryDelaySeconds); how long one attempt may hold
   * its job before another worker takes it over.
   */
  /** The Metrics page's history: a sample of this instance's counters every `sampleSeconds`, for the last hour. */
  get metricsHistory() {
    const sampleSeconds = environment().ROSTER_METRICS_SAMPLE_SECONDS;
    return { sampleSeconds, keepSamples: Math.ceil(3600 / sampleSeconds) + 1 };
  },
  get email() {
    const env = environment();
    return {
      smtpUrl: env.ROSTER_SMTP_URL,
      smtpFrom: env.ROSTER_SMTP_FROM,
      hourlyLimit: env.ROSTER_EMAIL_HOURLY_LIMIT,
      maxAttempts: env.ROSTER_EMAIL_MAX_ATTEMPTS,
      retryDelaySeconds: env.ROSTER_EMAIL_RETRY_DELAY_SECONDS,
      sendTimeoutSeconds: env.ROSTER_EMAIL_SEND_TIMEOUT_SECONDS,
      /** Whether this instance delivers queued emails ("off": it only enqueues; another instance sends). */
      worker: env.ROSTER_EMAIL_WORKER === "on",
    };
  },
  /** The development mail catcher's SMTP port on 127.0.0.1 (never started in production). */
  get mailCatcherPort() {
    return environment().ROSTER_MAIL_CATCHER_PORT;
  },
  /** Whether the development mail catcher is running (never in production). */
  get mailCatcher() {
    const env = environment();
    return env.NODE_ENV !== "production" && env.ROSTER_MAIL_CATCHER === "on";
  },
};
