import type { IncomingMessage, ServerResponse } from "node:http";
import { createGzip, gzipSync, type Gzip } from "node:zlib";
import compression from "compression";
import Negotiator from "negotiator";
import vary from "vary";

// Answers travel compressed to clients that accept it. Pages, scripts, styles and downloads stream
// through Express's `compression`, as Next's own compression would. A JSON answer (every API call)
// is held until it ends instead, then sent in one write with its Content-Length, gzipped when it
// is 1 KiB or more: a streaming gzip flushed after each chunk costs about a millisecond per answer,
// gzipping a page of fifty members at once a tenth of that.

// A JSON answer bigger than this (the OpenAPI document, say) is sent as a stream from there on, so
// that no answer holds much memory or the event loop for long.
const HOLD_LIMIT = 256 * 1024;
const MIN_GZIP_BYTES = 1024;
// zlib's level 3, not its default 6: a page of fifty members gzips three times faster (about 50
// against 145 µs) into 8 % more bytes, still a twelfth of the JSON. nginx's default is level 1.
const JSON_GZIP_LEVEL = 3;

const isJson = (res: ServerResponse) => /^application\/json\b/i.test(String(res.getHeader("content-type") ?? ""));
const hasNoBody = (req: IncomingMessage, res: ServerResponse) => req.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304;

const streaming = compression({ filter: (req, res) => !isJson(res) && compression.filter(req, res) });

/** Compresses `res` as the client allows, then calls `next` (which writes the answer). */
export function compressResponse(req: IncomingMessage, res: ServerResponse, next: () => void) {
  // Wrapped over `compression`'s own wrapping, so a JSON answer's headers wait here until it ends.
  streaming(req as never, res as never, () => {
    holdJsonAnswers(req, res);
    next();
  });
}

type Callback = (error?: Error | null) => void;
type Write = (chunk: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) => boolean;
type End = (chunk?: unknown, encoding?: BufferEncoding | Callback, callback?: Callback) => ServerResponse;

const toBuffer = (chunk: unknown, encoding: unknown) =>
  Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);

function holdJsonAnswers(req: IncomingMessage, res: ServerResponse) {
  const acceptsGzip = () => new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
  const inner = { write: res.write.bind(res) as Write, end: res.end.bind(res) as End, flushHeaders: res.flushHeaders.bind(res) };
  let decided = false;
  let held: Buffer[] | undefined;
  let heldBytes = 0;
  let stream: Gzip | undefined;

  /** At the first flush, write or end, before any header has gone: is this an answer to hold? */
  const decide = () => {
    if (decided) return;
    decided = true;
    if (!res.headersSent && isJson(res) && !hasNoBody(req, res) && !res.getHeader("content-encoding")) held = [];
  };
  /** Past HOLD_LIMIT: the headers go, and the rest of the answer streams (gzipped if accepted). */
  const release = () => {
    const body = Buffer.concat(held!);
    held = undefined;
    vary(res, "Accept-Encoding");
    res.removeHeader("content-length");
    if (!acceptsGzip()) return void inner.write(body);
    res.setHeader("content-encoding", "gzip");
    stream = createGzip();
    stream.on("data", (data: Buffer) => inner.write(data));
    stream.on("end", () => inner.end());
    stream.on("error", (error) => res.destroy(error));
    stream.write(body);
  };

  // A head written outright while an answer is held starts another answer (the server's own 500
  // when the app fails midway): what was held is dropped, and the new answer goes as written.
  const writeHead = res.writeHead.bind(res);
  res.writeHead = ((...args: Parameters<typeof writeHead>) => {
    held = undefined;
    return writeHead(...args);
  }) as typeof res.writeHead;
  res.flushHeaders = () => {
    decide();
    if (!held) inner.flushHeaders();
  };
  (res as { write: Write }).write = (chunk, encoding, callback) => {
    decide();
    const done = typeof encoding === "function" ? encoding : callback;
    if (stream) return stream.write(toBuffer(chunk, encoding), done);
    if (!held) return inner.write(chunk, encoding, callback);
    held.push(toBuffer(chunk, encoding));
    heldBytes += held.at(-1)!.length;
    if (heldBytes > HOLD_LIMIT) release();
    if (done) process.nextTick(done);
    return true;
  };
  (res as { end: End }).end = (chunk, encoding, callback) => {
    decide();
    const done = typeof chunk === "function" ? (chunk as Callback) : typeof encoding === "function" ? encoding : callback;
    const data = typeof chunk === "function" || chunk == null ? undefined : toBuffer(chunk, encoding);
    if (!held && !stream) return inner.end(chunk, encoding, callback);
    if (done) res.once("finish", done);
    if (stream) {
      stream.end(data ?? Buffer.alloc(0));
      return res;
    }
    if (data) held!.push(data);
    let body = Buffer.concat(held!);
    held = undefined;
    vary(res, "Accept-Encoding");
    if (body.length >= MIN_GZIP_BYTES && acceptsGzip()) {
      body = gzipSync(body, { level: JSON_GZIP_LEVEL });
      res.setHeader("content-encoding", "gzip");
    }
    res.setHeader("content-length", body.length);
    return inner.end(body);
  };
}
