import { randomUUID } from "node:crypto";
import type { EmailTemplateInput, RenderedEmail } from "./email-kinds";
import { renderEmail } from "./render-email";

// A link made only of these characters reads the same in HTML attributes, HTML text and plain text.
const PLAIN_LINK = /^[A-Za-z0-9:/._~%?=#+,;@-]+$/;

/**
 * Renders a batch of emails. Invitations of one batch differ only in their accept link, and
 * rendering is the costly part of queueing (react-email, some 20 ms each), so such emails are rendered
 * once with a stand-in link that is then replaced by each one's own; anything else, or a link
 * with characters that escaping would change, is rendered on its own.
 */
export async function renderEmails(inputs: EmailTemplateInput[]): Promise<RenderedEmail[]> {
  const shared = new Map<string, Promise<RenderedEmail & { stand: string }>>();
  return Promise.all(
    inputs.map(async (input) => {
      if (input.template !== "invitation" || !PLAIN_LINK.test(input.acceptUrl)) return renderEmail(input);
      const key = JSON.stringify({ ...input, acceptUrl: null });
      let once = shared.get(key);
      if (!once) {
        const stand = `https://link.invalid/${randomUUID()}`;
        once = renderEmail({ ...input, acceptUrl: stand }).then((r) => ({ ...r, stand }));
        shared.set(key, once);
      }
      const { stand, subject, html, text } = await once;
      if (subject.includes(stand)) return renderEmail(input);
      return { subject, html: html.replaceAll(stand, input.acceptUrl), text: text.replaceAll(stand, input.acceptUrl) };
    }),
  );
}
