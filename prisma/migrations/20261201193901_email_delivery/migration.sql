-- CreateTable
CREATE TABLE "email_provider" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "host" TEXT NOT NULL,
    "port" INTEGER NOT NULL,
    "tlsMode" TEXT NOT NULL,
    "username" TEXT,
    "passwordEncrypted" TEXT,
    "fromName" TEXT NOT NULL,
    "fromAddress" TEXT NOT NULL,
    "isDefault" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "email_provider_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_delivery" (
    "id" TEXT NOT NULL,
    "organizationId" TEXT,
    "invitationId" TEXT,
    "kind" TEXT NOT NULL,
    "toAddress" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'queued',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "sentAt" TIMESTAMP(3),
    "providerId" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "email_delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "caught_email" (
    "id" TEXT NOT NULL,
    "messageId" TEXT,
    "fromAddress" TEXT NOT NULL,
    "toAddresses" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "html" TEXT,
    "text" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "caught_email_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "email_provider_organizationId_createdAt_idx" ON "email_provider"("organizationId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "email_provider_organizationId_name_key" ON "email_provider"("organizationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "email_provider_one_default_per_organization" ON "email_provider"("organizationId") WHERE ("isDefault");

-- CreateIndex
CREATE UNIQUE INDEX "email_delivery_messageId_key" ON "email_delivery"("messageId");

-- CreateIndex
CREATE INDEX "email_delivery_invitationId_createdAt_idx" ON "email_delivery"("invitationId", "createdAt");

-- CreateIndex
CREATE INDEX "email_delivery_organizationId_createdAt_idx" ON "email_delivery"("organizationId", "createdAt");

-- CreateIndex
CREATE INDEX "caught_email_receivedAt_idx" ON "caught_email"("receivedAt");

-- AddForeignKey
ALTER TABLE "email_provider" ADD CONSTRAINT "email_provider_organizationId_fkey" FOREIGN KEY ("organizationId") REFERENCES "organization"("id") ON DELETE CASCADE ON UPDATE CASCADE;
