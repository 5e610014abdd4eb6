import { AppError } from "@/lib/errors";

/** The largest request body a procedure accepts. */
export const MAX_BODY_BYTES = 1024 * 1024;

const isJson = (contentType: string | null) => contentType?.split(";")[0]?.trim().toLowerCase() === "application/json";

/**
 * A POST body as JSON: 415 unless it is sent as application/json, 413 past MAX_BODY_BYTES (counted
 * as it arrives, so a huge body is refused without being held), 400 when it does not parse.
 * An empty body is an empty object, so `curl -X POST` works for procedures that need no input.
 */
export async function readJsonBody(req: Request): Promise<unknown> {
  if (!isJson(req.headers.get("content-type"))) {
    throw new AppError("UNSUPPORTED_MEDIA_TYPE", "Send the body as JSON with Content-Type: application/json");
  }
  const declared = Number(req.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_BYTES) throw tooLarge();
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (req.body) {
    const reader = req.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_BODY_BYTES) {
        await reader.cancel();
        throw tooLarge();
      }
      chunks.push(value);
    }
  }
  const text = new TextDecoder("utf-8", { fatal: false }).decode(Buffer.concat(chunks));
  if (text.trim() === "") return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new AppError("BAD_REQUEST", "The request body is not valid JSON");
  }
}

const tooLarge = () => new AppError("PAYLOAD_TOO_LARGE", `The request body is larger than ${MAX_BODY_BYTES / 1024} KiB`);
