// A Roster server under hostile input: the owner's API key, the OpenAPI document's operations, and
// a property (fast-check) that sends an operation's hostile requests one at a time and checks each
// answer: a JSON 4xx with a message that names the field at fault, within the time bound, and a
// database exactly as it was.
import fc from "fast-check";
import { changedTables, databaseFingerprints } from "./database-fingerprint";
import type { HostileRequest } from "./hostile-requests";
import { jsonOrText } from "./http";
import { operationsOf, type Operation } from "./openapi-operations";
import { withOwner } from "./owner";
import { startRoster, type RosterServer } from "./roster-server";

/** Every answer must come within this bound. */
export const ANSWER_WITHIN_MS = 5_000;

/** Fixed, so that a failure repeats; fast-check prints it with the failing input. ROSTER_FUZZ_SEED explores others. */
export const FUZZ_SEED = Number(process.env.ROSTER_FUZZ_SEED || 7_2026_12);

/** Generated requests per operation: enough to reach every kind of hostile change across runs, small enough for CI. */
export const RUNS_PER_OPERATION = Number(process.env.ROSTER_FUZZ_RUNS || 20);

export type HostileTarget = Awaited<ReturnType<typeof startHostileTarget>>;

export async function startHostileTarget() {
  // Malformed sign-ins must be refused for their input, not for their number.
  const server = await startRoster({ env: { ROSTER_SIGN_IN_RATE_LIMIT: "100000", ROSTER_LOCKOUT_THRESHOLD: "1000" } });
  const { fx, organizationId, ownerId } = await withOwner(server);
  const { key } = await fx.insertApiKey(ownerId, organizationId, { name: "fuzz" });
  // Rows for the hostile requests to miss: a member, a group with them, a workspace.
  const member = await fx.createMember(organizationId, { username: "fuzz.member", email: "fuzz.target@example.test" });
  await fx.db.group.create({ data: { organizationId, name: "fuzz", gid: 4242, members: { create: { memberId: member.member.id } } } });
  await fx.db.workspace.create({ data: { organizationId, name: "fuzz" } });
  const document = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Parameters<typeof operationsOf>[0];
  const fingerprints = databaseFingerprints(server.databaseUrl);
  return {
    server,
    key,
    organizationId,
    operations: operationsOf(document),
    fingerprints,
    stop: async () => {
      await fingerprints.close();
      await fx.db.$disconnect();
      await server.stop();
    },
  };
}

type Answer = { status: number; contentType: string; body: unknown; text: string };

async function send(server: RosterServer, request: HostileRequest): Promise<Answer> {
  const res = await fetch(`${server.url}/api${request.path}`, {
    method: request.method,
    headers: request.headers,
    body: request.body,
    redirect: "manual",
    signal: AbortSignal.timeout(ANSWER_WITHIN_MS),
  });
  const text = await res.text();
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body: jsonOrText(text), text };
}

/** The error message, in whichever shape the surface answers: Roster's, tRPC's envelope, Dagu's, Conductor's. */
export function errorMessage(body: unknown): string | undefined {
  const b = body as { message?: unknown; error?: { message?: unknown } } | null;
  const message = b?.error?.message ?? b?.message;
  return typeof message === "string" ? message : undefined;
}

export type Expectation = {
  /** The statuses a hostile request may get (by default 400; 413, 431 for size; 415 for the content type). */
  statuses?: number[];
  /** Whether the answer must name the request's field at fault. */
  namesField?: boolean;
};

const DEFAULT_STATUSES = [400, 413, 415, 431];

/** Throws, describing the answer, unless it is a hostile request's proper refusal. */
function checkAnswer(request: HostileRequest, answer: Answer, expectation: Expectation) {
  const problems: string[] = [];
  const statuses = expectation.statuses ?? DEFAULT_STATUSES;
  if (!statuses.includes(answer.status)) problems.push(`status ${answer.status}, expected one of ${statuses.join("/")}`);
  if (answer.status >= 400) {
    if (!answer.contentType.includes("application/json")) problems.push(`content-type "${answer.contentType}"`);
    if (!errorMessage(answer.body)) problems.push("no message");
    if (expectation.namesField !== false && request.field && answer.status === 400 && !answer.text.includes(request.field)) {
      problems.push(`the answer does not name the field "${request.field}"`);
    }
  }
  if (problems.length) throw new Error(`${request.label}: ${problems.join("; ")}\n  answer: ${answer.text.slice(0, 400)}`);
}

/**
 * Runs the property for one operation; answers null when every generated request was refused as it
 * must be, else fast-check's report (seed, path and the smallest failing request).
 */
export async function checkOperation(target: HostileTarget, requests: fc.Arbitrary<HostileRequest>, expectation: Expectation = {}): Promise<string | null> {
  const result = await fc.check(
    fc.asyncProperty(requests, async (request) => {
      const before = await target.fingerprints.take();
      let answer: Answer;
      try {
        answer = await send(target.server, request);
      } catch (error) {
        throw new Error(`${request.label}: no answer within ${ANSWER_WITHIN_MS} ms (${(error as Error).message})`);
      }
      checkAnswer(request, answer, expectation);
      const changed = changedTables(before, await target.fingerprints.take());
      if (changed.length) throw new Error(`${request.label}: answered ${answer.status} but changed ${changed.join(", ")}`);
    }),
    { numRuns: RUNS_PER_OPERATION, seed: FUZZ_SEED },
  );
  if (!result.failed) return null;
  const error = result.errorInstance instanceof Error ? result.errorInstance.message : String(result.errorInstance);
  const request = result.counterexample?.[0];
  const sent = request ? `${request.method} /api${request.path.slice(0, 200)}${request.body ? ` ${request.body.slice(0, 200)}` : ""}` : "";
  return `  seed ${result.seed}, path "${result.counterexamplePath}": ${error}\n  sent: ${sent}`;
}

/** Runs every operation's property and reports each failing one by name. */
export async function failingOperations(target: HostileTarget, operations: Operation[], requestsFor: (op: Operation) => { requests: fc.Arbitrary<HostileRequest>; expectation?: Expectation }) {
  const failures: string[] = [];
  for (const op of operations) {
    const { requests, expectation } = requestsFor(op);
    const report = await checkOperation(target, requests, expectation);
    if (report) failures.push(`${op.method} /api${op.path}\n${report}`);
  }
  return failures;
}

/** What the server wrote about promises nobody handled (none may be left by any request). */
export const unhandledRejections = (server: RosterServer) =>
  server
    .output()
    .split("\n")
    .filter((line) => /unhandled ?rejection|uncaught ?exception/i.test(line));
