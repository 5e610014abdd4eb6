import type { ChildProcess } from "node:child_process";

// Helpers for servers run as child processes (tests and the benchmark); no vitest imports here.

/** Waits until GET {url}/api/health answers `status` (200 by default). */
export async function waitForHealth(url: string, child: ChildProcess, output: () => string, status = 200) {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`Roster exited with ${child.exitCode}:\n${output()}`);
    const res = await fetch(`${url}/api/health`).catch(() => null);
    if (res?.status === status) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`Roster did not become healthy at ${url}:\n${output()}`);
}

export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    child.once("exit", () => (clearTimeout(timer), resolve()));
    child.kill("SIGTERM");
  });
}
