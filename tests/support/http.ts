// curl-shaped requests: a method, a path under /api, headers, a JSON body; status and JSON back.

export type HttpResult<T = unknown> = { status: number; body: T; headers: Headers };

export type Credentials = { bearer?: string; apiKey?: string; cookie?: string };

function credentialHeaders(credentials: Credentials = {}): Record<string, string> {
  const headers: Record<string, string> = {};
  if (credentials.bearer) headers.authorization = `Bearer ${credentials.bearer}`;
  if (credentials.apiKey) headers["x-api-key"] = credentials.apiKey;
  if (credentials.cookie) headers.cookie = credentials.cookie;
  return headers;
}

/** A response body as JSON when it is JSON, else the text itself (null when empty). */
export function jsonOrText(text: string): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return text;
  }
}

async function parse<T>(res: Response): Promise<HttpResult<T> & { text: string }> {
  const text = await res.text();
  return { status: res.status, body: jsonOrText(text) as T, headers: res.headers, text };
}

export function httpClient(baseUrl: string) {
  return {
    async get<T = any>(path: string, query: Record<string, string | number | boolean> = {}, credentials?: Credentials) {
      const qs = new URLSearchParams(Object.entries(query).map(([k, v]) => [k, String(v)])).toString();
      const res = await fetch(`${baseUrl}/api/${path}${qs ? `?${qs}` : ""}`, { headers: credentialHeaders(credentials), redirect: "manual" });
      return parse<T>(res);
    },
    async post<T = any>(path: string, body: unknown, credentials?: Credentials, extraHeaders: Record<string, string> = {}) {
      const res = await fetch(`${baseUrl}/api/${path}`, {
        method: "POST",
        headers: { "content-type": "application/json", ...credentialHeaders(credentials), ...extraHeaders },
        body: typeof body === "string" ? body : JSON.stringify(body),
        redirect: "manual",
      });
      return parse<T>(res);
    },
    /** Signs in through better-auth's route, as the sign-in page does; returns the session. */
    async signIn(identifier: string, password: string) {
      const byEmail = identifier.includes("@");
      const res = await fetch(`${baseUrl}/api/auth/sign-in/${byEmail ? "email" : "username"}`, {
        method: "POST",
        headers: { "content-type": "application/json", origin: baseUrl },
        body: JSON.stringify(byEmail ? { email: identifier, password } : { username: identifier, password }),
      });
      const result = await parse<{ token?: string; message?: string }>(res);
      const cookie = res.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; ");
      return { ...result, cookie, token: result.body?.token };
    },
  };
}

export type RawResult = HttpResult<any> & { text: string };

/** Any method, path and headers, as a client of another system's API sends them; a non-string body is sent as JSON. */
export async function sendRequest(url: string, method: string, options: { body?: unknown; headers?: Record<string, string> } = {}): Promise<RawResult> {
  const headers: Record<string, string> = { ...options.headers };
  if (options.body !== undefined) headers["content-type"] ??= "application/json";
  return parse(
    await fetch(url, {
      method,
      headers,
      body: options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body),
      redirect: "manual",
    }),
  );
}
