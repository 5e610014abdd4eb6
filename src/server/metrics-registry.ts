import { Counter, Histogram, Registry } from "prom-client";

// Roster's own metrics, per instance (Prometheus scrapes each instance). Request metrics carry the
// organization so that one organization's token shows only its own traffic.
type Metrics = {
  registry: Registry;
  requests: Counter<"organization" | "procedure" | "status">;
  latency: Histogram<"organization" | "procedure">;
  keyVerifications: Counter<"organization" | "result">;
  rateLimited: Counter<"organization" | "reason">;
  emails: Counter<"organization" | "event">;
};

function create(): Metrics {
  const registry = new Registry();
  return {
    registry,
    requests: new Counter({
      name: "roster_requests_total",
      help: "Procedure calls by procedure and HTTP status",
      labelNames: ["organization", "procedure", "status"],
      registers: [registry],
    }),
    latency: new Histogram({
      name: "roster_request_duration_seconds",
      help: "Procedure latency in seconds",
      labelNames: ["organization", "procedure"],
      buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5],
      registers: [registry],
    }),
    keyVerifications: new Counter({
      name: "roster_api_key_verifications_total",
      help: "API key verifications by result (ok, invalid, refused)",
      labelNames: ["organization", "result"],
      registers: [registry],
    }),
    rateLimited: new Counter({
      name: "roster_api_key_rate_limited_total",
      help: "Requests refused for an API key's limits, by reason (rate_limit, quota)",
      labelNames: ["organization", "reason"],
      registers: [registry],
    }),
    emails: new Counter({
      name: "roster_emails_total",
      help: "Emails by event: queued, sent, failed (gave up), retried (an attempt failed and will be retried)",
      labelNames: ["organization", "event"],
      registers: [registry],
    }),
  };
}

// One registry per process, kept across hot reloads.
const globalForMetrics = globalThis as unknown as { rosterMetrics?: Metrics };
export const metrics = (globalForMetrics.rosterMetrics ??= create());

/** `organization` is the key's; an unknown key belongs to none ("none"), so no organization sees it. */
export const recordKeyVerification = (result: "ok" | "invalid" | "refused", organization: string | null) =>
  metrics.keyVerifications.inc({ organization: organization ?? "none", result });
export const recordRateLimited = (reason: "rate_limit" | "quota", organization: string) =>
  metrics.rateLimited.inc({ organization, reason });

export function recordRequest(organization: string | null, procedure: string, status: number, seconds: number) {
  const org = organization ?? "none";
  metrics.requests.inc({ organization: org, procedure, status: String(status) });
  metrics.latency.observe({ organization: org, procedure }, seconds);
}

export type EmailEvent = "queued" | "sent" | "failed" | "retried";
/** Account emails (password reset, email change) belong to no organization: "none". */
export const recordEmail = (event: EmailEvent, organization: string | null) => metrics.emails.inc({ organization: organization ?? "none", event });
