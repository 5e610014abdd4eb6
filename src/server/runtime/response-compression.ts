import type { IncomingMessage, ServerResponse } from "node:http";
import { createGzip, gzipSync, type Gzip } from "node:zlib";
import compression from "compression";
import Negotiator from "negotiator";
import onHeaders from "on-headers";
import vary from "vary";

// Answers travel gzipped to clients that accept gzip. Pages, scripts, styles and downloads stream
// through Express's `compression`, as Next's own compression would. JSON answers (every API call)
// are gzipped in one step when they end instead: a streaming gzip flushed after each chunk costs
// about a millisecond per answer, gzipping a page of fifty members at once a tenth of that.

// A JSON answer bigger than this (the OpenAPI document, say) is gzipped as a stream from there on,
// so that no single answer holds the event loop for long.
const INLINE_LIMIT = 256 * 1024;

const isJson = (res: ServerResponse) => /^application\/json\b/i.test(String(res.getHeader("content-type") ?? ""));
const hasNoBody = (req: IncomingMessage, res: ServerResponse) => req.method === "HEAD" || res.statusCode === 204 || res.statusCode === 304;

const streaming = compression({ filter: (req, res) => !isJson(res) && compression.filter(req, res) });

/** Compresses `res` as the client allows, then calls `next` (which writes the answer). */
export function compressResponse(req: IncomingMessage, res: ServerResponse, next: () => void) {
  gzipJsonWhenEnded(req, res);
  // Registered second, so it looks at the headers first and leaves JSON answers to the step above.
  streaming(req as never, res as never, next);
}

type Write = (chunk: unknown, encoding?: BufferEncoding | ((error?: Error | null) => void), callback?: (error?: Error | null) => void) => boolean;
type End = (chunk?: unknown, encoding?: BufferEncoding | (() => void), callback?: () => void) => ServerResponse;

function gzipJsonWhenEnded(req: IncomingMessage, res: ServerResponse) {
  const accepts = new Negotiator(req).encoding(["gzip", "identity"]) === "gzip";
  // Decided once, when the headers are about to go (or at the first write, which comes after them).
  let gzip: boolean | undefined;
  const decide = () => {
    if (gzip !== undefined) return gzip;
    gzip = false;
    if (!isJson(res) || hasNoBody(req, res) || res.getHeader("content-encoding")) return gzip;
    // Vary on every JSON answer, so a shared cache keeps the gzipped and plain ones apart.
    vary(res, "Accept-Encoding");
    // An answer known to be small up front saves nothing worth gzip's header (compression's own bound).
    if (!accepts || Number(res.getHeader("content-length")) < 1024) return gzip;
    res.setHeader("content-encoding", "gzip");
    res.removeHeader("content-length");
    return (gzip = true);
  };
  onHeaders(res, decide);

  const write = res.write.bind(res) as Write;
  const end = res.end.bind(res) as End;
  const held: Buffer[] = [];
  let heldBytes = 0;
  let stream: Gzip | undefined;
  const toBuffer = (chunk: unknown, encoding?: unknown) =>
    Buffer.isBuffer(chunk) ? chunk : typeof chunk === "string" ? Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8") : Buffer.from(chunk as Uint8Array);
  /** From the first chunk past INLINE_LIMIT on, the answer is gzipped as a stream. */
  const startStreaming = () => {
    stream = createGzip();
    stream.on("data", (data: Buffer) => write(data));
    stream.on("end", () => end());
    stream.on("error", (error) => res.destroy(error));
    for (const chunk of held.splice(0)) stream.write(chunk);
  };

  (res as { write: Write }).write = (chunk, encoding, callback) => {
    if (!decide()) return write(chunk, encoding as BufferEncoding, callback);
    const data = toBuffer(chunk, encoding);
    if (stream) return stream.write(data, typeof encoding === "function" ? encoding : callback);
    held.push(data);
    heldBytes += data.length;
    if (heldBytes > INLINE_LIMIT) startStreaming();
    const done = typeof encoding === "function" ? encoding : callback;
    if (done) process.nextTick(done);
    return true;
  };
  (res as { end: End }).end = (chunk, encoding, callback) => {
    const done = (typeof chunk === "function" ? chunk : typeof encoding === "function" ? encoding : callback) as (() => void) | undefined;
    const data = typeof chunk === "function" || chunk == null ? undefined : chunk;
    const charset = typeof encoding === "string" ? encoding : undefined;
    if (!decide()) return end(data, charset, done);
    if (data !== undefined) held.push(toBuffer(data, charset));
    if (done) res.once("finish", done);
    if (stream) {
      stream.end(Buffer.concat(held.splice(0)));
      return res;
    }
    const gzipped = gzipSync(Buffer.concat(held.splice(0)));
    // Ended before its headers went (one `end(body)`): the length is known, so it is sent.
    if (!res.headersSent) res.setHeader("content-length", gzipped.length);
    return end(gzipped);
  };
}
