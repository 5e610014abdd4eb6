import { render } from "@react-email/render";
import type { ReactElement } from "react";
import type { EmailTemplateInput, RenderedEmail } from "./email-kinds";
import { EmailChangeEmail } from "./templates/email-change-email";
import { InvitationEmail } from "./templates/invitation-email";
import { PasswordResetEmail } from "./templates/password-reset-email";
import { TestEmail } from "./templates/test-email";

function element(input: EmailTemplateInput): { subject: string; body: ReactElement } {
  switch (input.template) {
    case "invitation":
      return { subject: `${input.inviterName} invited you to ${input.organizationName}`, body: <InvitationEmail {...input} /> };
    case "password-reset":
      return { subject: "Reset your Roster password", body: <PasswordResetEmail {...input} /> };
    case "email-change-verification":
      return { subject: "Confirm your new email address", body: <EmailChangeEmail {...input} /> };
    case "test":
      return { subject: `Test email from ${input.organizationName}`, body: <TestEmail {...input} /> };
  }
}

/** The email's subject, HTML and plain-text bodies, rendered once at enqueue time. */
export async function renderEmail(input: EmailTemplateInput): Promise<RenderedEmail> {
  const { subject, body } = element(input);
  const [html, text] = await Promise.all([render(body), render(body, { plainText: true })]);
  return { subject, html, text };
}
