// Roster's HTTP server: Next.js behind a thin edge that every request passes first. The edge decides
// the client's address (the socket peer unless a trusted proxy forwarded it), gives the request an
// id (the caller's X-Request-Id or a new one, echoed in the response), compresses the answer (see
// response-compression.ts) and writes one log line when the response ends. Next's own `next start`
// would pass a client's X-Forwarded-For through as the truth, so Roster runs Next through this
// server instead (`npm start` and the tests alike).
import { createServer } from "node:http";
import next from "next";
import { config } from "@/server/config";
import { logger, requestStore, type RequestLogFields } from "@/server/logger";
import { CLIENT_IP_HEADER, REQUEST_ID_HEADER } from "@/server/request-headers";
import { clientAddress, clientErrorResponse, edgeRefusal, requestIdOf, trustFunction } from "./request-edge";
import { listenForAccessChanges } from "@/server/actor/access-notifications";
import { startMetricsHistory } from "@/server/services/metrics/metrics-history";
import { runAuditVerificationWorker, runEmailWorker } from "./email-worker-runner";
import { compressResponse } from "./response-compression";

async function main() {
  const dev = process.argv[2] === "dev";
  const hostname = config.host;
  const port = config.port;
  const app = next({ dev, dir: process.cwd(), hostname: hostname ?? "localhost", port });
  const handle = app.getRequestHandler();
  await app.prepare();
  const trust = trustFunction(config.trustedProxies);
  const log = logger();

  const server = createServer((req, res) => {
    const started = performance.now();
    const fields: RequestLogFields = { requestId: requestIdOf(req.headers[REQUEST_ID_HEADER]) };
    req.headers[REQUEST_ID_HEADER] = fields.requestId;
    const ip = clientAddress(req, trust);
    if (ip) req.headers[CLIENT_IP_HEADER] = ip;
    else delete req.headers[CLIENT_IP_HEADER];
    res.setHeader(REQUEST_ID_HEADER, fields.requestId);
    res.on("finish", () => {
      if (isQuiet(req.url)) return;
      log.info({ ...fields, method: req.method, path: req.url?.split("?")[0], status: res.statusCode, ms: Math.round(performance.now() - started), ip }, "request");
    });
    const refusal = edgeRefusal(req.url);
    if (refusal) {
      const fieldErrors = refusal.field ? { fieldErrors: { [refusal.field]: [refusal.message] } } : {};
      res.writeHead(400, { "content-type": "application/json", "cache-control": "no-store" });
      res.end(JSON.stringify({ message: refusal.message, code: "BAD_REQUEST", data: { httpStatus: 400, ...fieldErrors, requestId: fields.requestId } }));
      return;
    }
    compressResponse(req, res, () =>
      requestStore.run(fields, () => {
        handle(req, res).catch((error: unknown) => {
          log.error({ requestId: fields.requestId, err: error }, "request failed outside the app");
          if (!res.headersSent) {
            res.writeHead(500, { "content-type": "application/json" });
            res.end(JSON.stringify({ message: "Internal server error", code: "INTERNAL_SERVER_ERROR", data: { requestId: fields.requestId } }));
          } else res.destroy();
        });
      }),
    );
  });
  server.on("clientError", (error: NodeJS.ErrnoException, socket) => {
    if (error.code === "ECONNRESET" || !socket.writable) return void socket.destroy();
    socket.end(clientErrorResponse(error.code));
  });
  const stopEmailWorker = runEmailWorker();
  const stopAuditWorker = runAuditVerificationWorker();
  const stopListening = listenForAccessChanges();
  // The Metrics page's charts open with the last hour of samples: sampling starts with the server.
  startMetricsHistory();
  server.on("upgrade", app.getUpgradeHandler());
  server.listen(port, hostname, () => log.info({ url: `http://${hostname ?? "localhost"}:${port}`, dev }, "Roster is listening"));

  // Finish the requests in flight, then leave; a connection that lingers past 10 s is not waited for.
  const stop = () => {
    setTimeout(() => process.exit(0), 10_000).unref();
    server.close(() => void Promise.allSettled([stopEmailWorker(), stopAuditWorker(), stopListening(), app.close()]).finally(() => process.exit(0)));
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

/** Static assets and Next's internals would drown the log; pages and API calls are what matter. */
const isQuiet = (url: string | undefined) => !url || url.startsWith("/_next/") || url === "/favicon.ico";

main().catch((error: unknown) => {
  console.error("[roster] the HTTP server could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
