import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { config } from "@/server/config";

/**
 * The development mail catcher: a real SMTP server on 127.0.0.1 that accepts every message and keeps
 * it in the database (table caught_email), where the dashboard's Mail catcher page shows it. The
 * launcher starts it with `npm run dev`, never in production.
 */
export async function startMailCatcher(log: (line: string) => void): Promise<() => Promise<void>> {
  const { db } = await import("@/server/db");
  const server = new SMTPServer({
    disabledCommands: ["STARTTLS", "AUTH"],
    authOptional: true,
    logger: false,
    closeTimeout: 1000,
    onData(stream, session, callback) {
      simpleParser(stream)
        .then((parsed) =>
          db.caughtEmail.create({
            data: {
              messageId: parsed.messageId ?? null,
              fromAddress: parsed.from?.text ?? (session.envelope.mailFrom ? session.envelope.mailFrom.address : ""),
              toAddresses: session.envelope.rcptTo.map((r) => r.address).join(", "),
              subject: parsed.subject ?? "",
              html: typeof parsed.html === "string" ? parsed.html : null,
              text: parsed.text ?? null,
            },
          }),
        )
        .then(() => callback(), callback);
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(config.mailCatcherPort, "127.0.0.1", () => resolve());
  });
  log(`mail catcher: SMTP on 127.0.0.1:${config.mailCatcherPort}; caught messages are on the Mail catcher page`);
  return () => new Promise((resolve) => server.close(() => resolve()));
}

/** Every organization without a default provider gets the catcher as its default (development only). */
export async function giveOrganizationsTheMailCatcher(): Promise<number> {
  const { db } = await import("@/server/db");
  const { ensureMailCatcherProvider } = await import("@/server/services/mail-catcher/mail-catcher-provider");
  const missing = await db.organization.findMany({ where: { emailProviders: { none: { isDefault: true } } }, select: { id: true } });
  for (const { id } of missing) await db.$transaction((tx) => ensureMailCatcherProvider(tx, id));
  return missing.length;
}
