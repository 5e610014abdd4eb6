// The email section of `npm run bench`: 1,000 emails enqueued and delivered to a local SMTP server
// by Roster servers' workers, once undisturbed and once with the worker's process SIGKILLed
// mid-run. Emails are enqueued with enqueueEmail in batches (as invitations would enqueue them).
import { spawn } from "node:child_process";
import { serverCommand } from "@/server/runtime/server-command";
import { stopChild, waitForHealth } from "../support/child-process";
import { freePort } from "../support/free-port";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const EMAILS = 1000;
const BATCH = 50;
// A killed worker's emails are taken over when their lease runs out.
const LEASE_SECONDS = "15";

export type EmailRun = { seconds: number; lost: number; duplicated: number; sameMessageIdCopies: number };

function startServer(env: Record<string, string>) {
  return (async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let log = "";
    const child = spawn(process.execPath, serverCommand("start"), {
      env: { ...process.env, ...env, NODE_ENV: "production", PORT: String(port), HOST: "127.0.0.1", BETTER_AUTH_URL: url, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    child.stdout?.on("data", (d) => (log += d));
    child.stderr?.on("data", (d) => (log += d));
    await waitForHealth(url, child, () => log);
    return child;
  })();
}

/** Runs both passes against `databaseUrl` with the servers' `env`; prints and returns the figures. */
export async function emailBench(databaseUrl: string, env: Record<string, string>, say: (line?: string) => void): Promise<EmailRun[]> {
  say("\n== Email delivery: 1,000 emails to a local SMTP server (enqueueEmail in batches of 50; workers in Roster servers) ==");
  Object.assign(process.env, { DATABASE_URL: databaseUrl, BETTER_AUTH_SECRET: env.BETTER_AUTH_SECRET, ROSTER_EMAIL_HOURLY_LIMIT: "1000000" });
  const serverEnv = { ...env, DATABASE_URL: databaseUrl, ROSTER_EMAIL_HOURLY_LIMIT: "1000000", ROSTER_EMAIL_SEND_TIMEOUT_SECONDS: LEASE_SECONDS, ROSTER_EMAIL_RETRY_DELAY_SECONDS: "1" };
  const { db } = await import("@/server/db");
  const { enqueueEmail } = await import("@/server/services/email/enqueue-email");
  const { stopEmailBoss } = await import("@/server/services/email/email-queue");
  const sink = await startSmtpSink();
  const runs: EmailRun[] = [];
  try {
    for (const killMidRun of [false, true]) {
      const org = await db.organization.create({ data: { id: crypto.randomUUID(), name: `email-bench-${killMidRun}`, slug: `email-bench-${killMidRun}-${Date.now()}` } });
      await db.emailProvider.create({
        data: { organizationId: org.id, name: "sink", host: "127.0.0.1", port: sink.port, tlsMode: "none", fromName: "Bench", fromAddress: "bench@example.test", isDefault: true },
      });
      sink.messages.length = 0;
      let worker = await startServer(serverEnv);
      const started = performance.now();
      const enqueueing = (async () => {
        for (let b = 0; b < EMAILS / BATCH; b++) {
          await db.$transaction(async (tx) => {
            for (let i = 0; i < BATCH; i++) {
              await enqueueEmail(tx, { organizationId: org.id, kind: "test", to: `r${b * BATCH + i}@example.test`, template: { template: "test", organizationName: "Bench", providerName: "sink" } });
            }
          }, { timeout: 60_000 });
        }
      })();
      if (killMidRun) {
        await waitUntil(() => sink.messages.length >= EMAILS * 0.3, 120_000);
        worker.kill("SIGKILL");
        say(`  worker SIGKILLed after ${sink.messages.length} deliveries; a new server starts (lease ${LEASE_SECONDS} s)`);
        worker = await startServer(serverEnv);
      }
      await enqueueing;
      const complete = await waitUntil(() => new Set(sink.messages.map((m) => m.to[0])).size >= EMAILS, 180_000);
      const seconds = (performance.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 3000));
      const run = tally(sink, seconds);
      runs.push(run);
      say(
        `${killMidRun ? "worker killed once" : "undisturbed"}: last delivery after ${seconds.toFixed(1)} s${complete ? "" : " (gave up waiting)"}, lost ${run.lost}, duplicated ${run.duplicated} (of which same Message-ID: ${run.sameMessageIdCopies})`,
      );
      await stopChild(worker);
    }
  } finally {
    await stopEmailBoss();
    await sink.stop();
    await db.$disconnect();
  }
  return runs;
}

function tally(sink: SmtpSink, seconds: number): EmailRun {
  const byRecipient = new Map<string, number>();
  const byMessageId = new Map<string, number>();
  for (const m of sink.messages) {
    byRecipient.set(m.to[0] ?? "", (byRecipient.get(m.to[0] ?? "") ?? 0) + 1);
    byMessageId.set(m.messageId, (byMessageId.get(m.messageId) ?? 0) + 1);
  }
  const duplicated = [...byRecipient.values()].reduce((sum, n) => sum + n - 1, 0);
  const sameMessageIdCopies = [...byMessageId.values()].reduce((sum, n) => sum + n - 1, 0);
  return { seconds, lost: EMAILS - byRecipient.size, duplicated, sameMessageIdCopies };
}

async function waitUntil(done: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!done()) {
    if (Date.now() > deadline) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}
