// A real SMTP server inside the test process (smtp-server), keeping every message it accepts.
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { freePort } from "./free-port";

export type CaughtMessage = { messageId: string; to: string[]; from: string; subject: string; text: string; html: string };

export type SmtpSink = {
  port: number;
  messages: CaughtMessage[];
  /** Stops listening (the "server is down"); `start` listens again on the same port. */
  stop: () => Promise<void>;
  start: () => Promise<void>;
  waitFor: (count: number, timeoutMs?: number) => Promise<CaughtMessage[]>;
};

export async function startSmtpSink(options: { port?: number; rejectWith?: string; auth?: { user: string; pass: string } } = {}): Promise<SmtpSink> {
  const port = options.port ?? (await freePort());
  const messages: CaughtMessage[] = [];
  let server: SMTPServer | null = null;

  const create = () =>
    new SMTPServer({
      disabledCommands: options.auth ? ["STARTTLS"] : ["STARTTLS", "AUTH"],
      authOptional: !options.auth,
      allowInsecureAuth: true,
      logger: false,
      closeTimeout: 200,
      onAuth(auth, _session, callback) {
        if (options.auth && auth.username === options.auth.user && auth.password === options.auth.pass) return callback(null, { user: auth.username });
        const error = new Error("5.7.8 Authentication credentials invalid") as Error & { responseCode: number };
        error.responseCode = 535;
        callback(error);
      },
      onRcptTo(address, _session, callback) {
        if (options.rejectWith) {
          const error = new Error(options.rejectWith) as Error & { responseCode: number };
          error.responseCode = 550;
          return callback(error);
        }
        callback();
      },
      onData(stream, _session, callback) {
        simpleParser(stream)
          .then((parsed) => {
            const to = [parsed.to ?? []].flat().flatMap((a) => a.value.map((v) => v.address ?? ""));
            messages.push({
              messageId: parsed.messageId ?? "",
              to,
              from: parsed.from?.value[0]?.address ?? "",
              subject: parsed.subject ?? "",
              text: parsed.text ?? "",
              html: typeof parsed.html === "string" ? parsed.html : "",
            });
            callback();
          })
          .catch(callback);
      },
    });

  const start = () =>
    new Promise<void>((resolve, reject) => {
      server = create();
      server.once("error", reject);
      // A client that dies mid-message (a killed Roster process) resets its connection: that is the
      // client's failure, not the sink's, so it must not crash the test process.
      server.on("error", () => undefined);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      const current = server;
      server = null;
      current.close(() => resolve());
    });
  const waitFor = async (count: number, timeoutMs = 30_000) => {
    const deadline = Date.now() + timeoutMs;
    while (messages.length < count) {
      if (Date.now() > deadline) throw new Error(`expected ${count} messages, got ${messages.length}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return messages;
  };
  await start();
  return { port, messages, stop, start, waitFor };
}
