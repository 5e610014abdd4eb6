import { Text } from "@react-email/components";
import type { InvitationTemplateInput } from "../email-kinds";
import { ActionLink, EmailLayout } from "./email-layout";

export function InvitationEmail(input: InvitationTemplateInput) {
  const expires = input.expiresAt.toUTCString();
  return (
    <EmailLayout
      preview={`${input.inviterName} invited you to ${input.organizationName}`}
      heading={`Join ${input.organizationName}`}
      footer={`You received this because ${input.inviterName} invited this address. If you did not expect it, ignore it.`}
    >
      <Text>
        {input.inviterName} invited you to {input.organizationName} as {input.roleLabel}.
      </Text>
      {input.accessSummary.length > 0 ? (
        <>
          <Text>You will have:</Text>
          <ul>
            {input.accessSummary.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </>
      ) : null}
      <ActionLink href={input.acceptUrl} label="Accept the invitation" />
      <Text>The invitation expires on {expires}.</Text>
    </EmailLayout>
  );
}
