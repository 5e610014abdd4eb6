import { isRosterError, type RosterError } from "@/sdk";

/** The command's exit codes, so scripts can tell failures apart (README: "Exit codes"). */
export const EXIT = {
  ok: 0,
  error: 1,
  usage: 2,
  notFound: 3,
  forbidden: 4,
  conflict: 5,
  network: 6,
  unauthenticated: 7,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** A failure the command itself detected (a missing argument, an unknown user), with its exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode = EXIT.error,
  ) {
    super(message);
    this.name = "CliError";
  }
}

const EXIT_BY_CODE: Partial<Record<RosterError["code"], ExitCode>> = {
  BAD_REQUEST: EXIT.usage,
  UNAUTHORIZED: EXIT.unauthenticated,
  FORBIDDEN: EXIT.forbidden,
  NOT_FOUND: EXIT.notFound,
  CONFLICT: EXIT.conflict,
  NETWORK_ERROR: EXIT.network,
  SERVICE_UNAVAILABLE: EXIT.network,
};

export function exitCodeOf(error: unknown): ExitCode {
  if (error instanceof CliError) return error.exitCode;
  if (isRosterError(error)) return EXIT_BY_CODE[error.code] ?? EXIT.error;
  return EXIT.error;
}

/** The lines written to stderr: the server's message, each field at fault, and what to do next. */
export function errorLines(error: unknown): string[] {
  if (!(error instanceof Error)) return [`error: ${String(error)}`];
  if (!isRosterError(error)) return [`error: ${error.message}`];
  const fields = Object.entries(error.fieldErrors);
  const lines = fields.length
    ? fields.map(([field, messages]) => `error: ${field}: ${messages.join("; ")}`)
    : [`error: ${error.message}`];
  if (error.code === "UNAUTHORIZED") lines.push("hint: check the API key (roster login, ROSTER_API_KEY or --api-key)");
  if (error.retryAfterSeconds !== undefined) lines.push(`hint: retry in ${error.retryAfterSeconds} s`);
  if (error.status >= 500 && error.requestId) lines.push(`request id: ${error.requestId}`);
  return lines;
}
