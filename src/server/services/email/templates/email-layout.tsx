import { Body, Button, Container, Head, Heading, Html, Link, Preview, Section, Text } from "@react-email/components";
import type { ReactNode } from "react";

/** The frame every Roster email shares: a heading, the body, a footer saying why it came. */
export function EmailLayout({ preview, heading, children, footer }: { preview: string; heading: string; children: ReactNode; footer: string }) {
  return (
    <Html lang="en">
      <Head />
      <Preview>{preview}</Preview>
      <Body style={{ backgroundColor: "#f6f7f9", fontFamily: "Helvetica, Arial, sans-serif", margin: 0, padding: "24px 0" }}>
        <Container style={{ backgroundColor: "#ffffff", borderRadius: 8, margin: "0 auto", maxWidth: 520, padding: "32px" }}>
          <Heading as="h1" style={{ fontSize: 20, margin: "0 0 16px" }}>
            {heading}
          </Heading>
          <Section>{children}</Section>
          <Text style={{ color: "#6b7280", fontSize: 12, marginTop: 32 }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

const buttonStyle = {
  backgroundColor: "#111827",
  borderRadius: 6,
  color: "#ffffff",
  display: "inline-block",
  fontSize: 14,
  fontWeight: 600,
  padding: "10px 18px",
  textDecoration: "none",
} as const;

/** The email's one action: a button, and the same link written out for clients that hide buttons. */
export function ActionLink({ href, label }: { href: string; label: string }) {
  return (
    <>
      <Button href={href} style={buttonStyle}>
        {label}
      </Button>
      <Text>
        Or open this link: <Link href={href}>{href}</Link>
      </Text>
    </>
  );
}
