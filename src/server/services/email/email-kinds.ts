// What Roster sends, and what each template needs to be rendered.

export const EMAIL_KINDS = ["invitation", "password-reset", "email-change-verification", "test"] as const;
export type EmailKind = (typeof EMAIL_KINDS)[number];

export const DELIVERY_STATUSES = ["queued", "sending", "sent", "failed"] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

export type InvitationTemplateInput = {
  template: "invitation";
  organizationName: string;
  inviterName: string;
  roleLabel: string;
  accessSummary: string[];
  expiresAt: Date;
  acceptUrl: string;
};

export type PasswordResetTemplateInput = { template: "password-reset"; name: string; resetUrl: string; expiresAt: Date };

export type EmailChangeTemplateInput = { template: "email-change-verification"; name: string; newEmail: string; verifyUrl: string };

export type TestTemplateInput = { template: "test"; organizationName: string; providerName: string };

export type EmailTemplateInput = InvitationTemplateInput | PasswordResetTemplateInput | EmailChangeTemplateInput | TestTemplateInput;

export type RenderedEmail = { subject: string; html: string; text: string };
